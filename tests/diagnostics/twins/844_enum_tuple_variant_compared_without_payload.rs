//! mistake: compares with a tuple variant without its payload, `t.status == Status::Blocked`, to test which variant it is
//! offending: Status::Blocked
//! category: type
#[derive(Debug, PartialEq)]
enum Status {
    Open,
    Blocked(String),
}

struct Ticket {
    id: u32,
    status: Status,
}

fn main() {
    let tickets = vec![
        Ticket { id: 1, status: Status::Open },
        Ticket { id: 2, status: Status::Blocked("waiting on QA".into()) },
    ];
    let mut blocked = Vec::new();
    for t in &tickets {
        if t.status == Status::Blocked {
            blocked.push(t.id);
        }
    }
    println!("{:?}", blocked);
}
