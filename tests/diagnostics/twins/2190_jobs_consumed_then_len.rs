//! mistake: iterated the job queue by value in the comprehension, then used it again for the log line
//! offending: jobs.len()
//! category: ownership

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
    let mut retryable = Vec::new();
    for j in jobs {
        if j.attempts < 3 {
            retryable.push((j.id, j.queue));
        }
    }
    println!("requeued {} of {} jobs: {retryable:?}", retryable.len(), jobs.len());
}
