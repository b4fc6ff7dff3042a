//! mistake: multiplied a `Duration` by a float, as Python's `timeout * 1.5`
//! offending: *t * 1.5
//! category: type
use comprehensions::comp;
use std::time::Duration;

fn main() {
    let timeouts = vec![Duration::from_millis(200), Duration::from_secs(1)];
    let backoff: Vec<Duration> = comp![*t * 1.5 for t in &timeouts];
    println!("{backoff:?}");
}
