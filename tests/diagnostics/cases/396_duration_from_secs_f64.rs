//! mistake: Duration::from_secs with float seconds from a config (Rust: Duration::from_secs_f64(*t))
//! offending: Duration::from_secs(t)
//! category: type
use comprehensions::comp;
use std::time::Duration;

fn main() {
    let timeouts: Vec<f64> = vec![0.5, 2.0, 10.0];
    // Python: delays = [timedelta(seconds=t) for t in timeouts]
    let delays: Vec<Duration> = comp![Duration::from_secs(t) for t in &timeouts];
    println!("{:?}", delays);
}
