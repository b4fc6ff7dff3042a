//! mistake: computed the exponential retry backoff with Python's `**`
//! offending: 2 ** attempt
//! category: python-habit
use comprehensions::comp;
use std::time::Duration;

struct RetryPolicy {
    base_delay_ms: u64,
    max_retries: u32,
}

fn main() {
    let policy = RetryPolicy { base_delay_ms: 100, max_retries: 5 };
    let schedule = comp![Duration::from_millis(policy.base_delay_ms * 2 ** attempt) for attempt in 0..policy.max_retries];
    println!("{schedule:?}");
}
