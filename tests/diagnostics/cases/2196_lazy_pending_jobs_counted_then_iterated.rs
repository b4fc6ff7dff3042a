//! mistake: counted a lazy comprehension of queued jobs, then iterated it again as if it were a list
//! offending: pending
//! category: ownership
use comprehensions::comp;

#[derive(Debug, PartialEq)]
enum JobState {
    Queued,
    Running,
}

struct Job {
    id: u64,
    state: JobState,
}

fn dispatch(job: &Job) {
    println!("dispatching job {}", job.id);
}

fn main() {
    let jobs = vec![Job { id: 1, state: JobState::Queued }, Job { id: 2, state: JobState::Running }];
    let pending = comp!((j for j in &jobs if j.state == JobState::Queued));
    println!("{} jobs pending", pending.count());
    for j in pending {
        dispatch(j);
    }
}
