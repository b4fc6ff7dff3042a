//! mistake: added a timeout in milliseconds (`u64`) to an `Instant`, as Python adds seconds to `time.monotonic()`
//! offending: now + r.timeout_ms
//! category: type
use std::time::Instant;

struct Route {
    path: &'static str,
    timeout_ms: u64,
}

fn main() {
    let routes = vec![Route { path: "/search", timeout_ms: 250 }, Route { path: "/checkout", timeout_ms: 2_000 }];
    let now = Instant::now();
    let mut deadlines: Vec<(&str, Instant)> = Vec::new();
    for r in &routes {
        deadlines.push((r.path, now + r.timeout_ms));
    }
    println!("{}", deadlines.len());
}
