//! mistake: computed the exponential backoff schedule with Python's `**` instead of `.pow(..)`
//! offending: **
//! category: python-habit
use std::time::Duration;

fn main() {
    let base_ms: u64 = 100;
    let max_retries: u32 = 5;
    let delays: Vec<Duration> = (0..max_retries)
        .map(|attempt| Duration::from_millis(base_ms * 2 ** attempt))
        .collect();
    println!("backoff schedule: {delays:?}");
}
