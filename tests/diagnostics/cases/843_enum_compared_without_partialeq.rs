//! mistake: compares enum values with `==` on an enum that does not derive `PartialEq` (Python's Enum compares by identity)
//! offending: t.status == Status::Done
//! category: type
use comprehensions::comp;

#[derive(Debug)]
enum Status {
    Open,
    Done,
}

struct Ticket {
    id: u32,
    status: Status,
}

fn main() {
    let tickets = vec![Ticket { id: 1, status: Status::Open }, Ticket { id: 2, status: Status::Done }];
    let closed = comp![t.id for t in &tickets if t.status == Status::Done];
    println!("{:?}", closed);
}
