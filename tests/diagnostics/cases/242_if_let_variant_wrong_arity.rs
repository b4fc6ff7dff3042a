//! mistake: `if let Status::Failed(code) = job.status` where the variant has two fields
//! offending: Status::Failed(code)
//! category: type
use comprehensions::comp;

#[allow(dead_code)]
enum Status {
    Done,
    Failed(u16, String),
}

struct Job {
    id: u32,
    status: Status,
}

fn main() {
    let jobs = vec![Job { id: 1, status: Status::Done }, Job { id: 2, status: Status::Failed(503, "busy".into()) }];
    let failed = comp![(j.id, code) for j in &jobs if let Status::Failed(code) = &j.status];
    println!("{failed:?}");
}
