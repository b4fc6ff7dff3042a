//! mistake: iterated the job queue by value in the comprehension, then used it again for the log line
//! offending: jobs.len()
//! category: ownership
use comprehensions::comp;

#[derive(Debug)]
struct Job {
    id: u64,
    queue: String,
    attempts: u32,
}

fn main() {
    let jobs = vec![
        Job { id: 1, queue: "emails".to_string(), attempts: 0 },
        Job { id: 2, queue: "webhooks".to_string(), attempts: 3 },
    ];
    let retryable = comp![(j.id, j.queue) for j in jobs if j.attempts < 3];
    println!("requeued {} of {} jobs: {retryable:?}", retryable.len(), jobs.len());
}
