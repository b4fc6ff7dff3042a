//! mistake: computed the exponential backoff schedule with Python's `**` instead of `.pow(..)`
//! offending: **
//! category: python-habit
use comprehensions::comp;
use std::time::Duration;

fn main() {
    let base_ms: u64 = 100;
    let max_retries: u32 = 5;
    let delays: Vec<Duration> = comp![Duration::from_millis(base_ms * 2 ** attempt) for attempt in 0..max_retries];
    println!("backoff schedule: {delays:?}");
}
