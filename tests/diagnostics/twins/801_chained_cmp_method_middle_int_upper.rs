//! mistake: chained comparison 0.0 <= j.progress() < 1 with an f64 method in the middle and an integer upper bound
//! offending: p < 1
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
    let mut running = Vec::new();
    for j in &jobs {
        let p = j.progress();
        if 0.0 <= p && p < 1 {
            running.push(j.done);
        }
    }
    println!("{running:?}");
}
