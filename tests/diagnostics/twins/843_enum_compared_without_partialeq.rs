//! mistake: compares enum values with `==` on an enum that does not derive `PartialEq` (Python's Enum compares by identity)
//! offending: t.status == Status::Done
//! category: type
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
    let closed: Vec<u32> = tickets.iter().filter(|t| t.status == Status::Done).map(|t| t.id).collect();
    println!("{:?}", closed);
}
