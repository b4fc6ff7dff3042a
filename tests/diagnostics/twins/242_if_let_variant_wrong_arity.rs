//! mistake: `if let Status::Failed(code) = ..` on a two-field variant (hand-written)
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
    let mut failed = Vec::new();
    for j in &jobs {
        if let Status::Failed(code) = &j.status {
            failed.push((j.id, code));
        }
    }
    println!("{failed:?}");
}
