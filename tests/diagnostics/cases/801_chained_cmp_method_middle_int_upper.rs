//! mistake: chained comparison 0.0 <= j.progress() < 1 with an f64 method in the middle and an integer upper bound
//! offending: j.progress() < 1
//! category: type
use comprehensions::comp;

struct Job {
    done: u32,
    total: u32,
}

impl Job {
    fn progress(&self) -> f64 {
        self.done as f64 / self.total as f64
    }
}

fn main() {
    let jobs = vec![Job { done: 3, total: 4 }, Job { done: 4, total: 4 }];
    let running = comp![j.done for j in &jobs if 0.0 <= j.progress() < 1];
    println!("{running:?}");
}
