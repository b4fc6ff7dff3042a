//! mistake: computed the exponential retry backoff with Python's `**`
//! offending: 2 ** attempt
//! category: python-habit
use std::time::Duration;

struct RetryPolicy {
    base_delay_ms: u64,
    max_retries: u32,
}

fn main() {
    let policy = RetryPolicy { base_delay_ms: 100, max_retries: 5 };
    let schedule: Vec<Duration> = (0..policy.max_retries)
        .map(|attempt| Duration::from_millis(policy.base_delay_ms * 2 ** attempt))
        .collect();
    println!("{schedule:?}");
}
