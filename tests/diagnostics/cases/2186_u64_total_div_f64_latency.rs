//! mistake: divided a `u64` total latency by a count cast to `f64` for the per-route average
//! offending: e.total_ms / e.count as f64
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

struct EndpointStats {
    route: String,
    total_ms: u64,
    count: u32,
}

fn main() {
    let stats = vec![
        EndpointStats { route: "/login".to_string(), total_ms: 1_250, count: 10 },
        EndpointStats { route: "/feed".to_string(), total_ms: 9_800, count: 40 },
    ];
    let avg_latency: HashMap<&str, f64> = comp!({e.route.as_str(): e.total_ms / e.count as f64 for e in &stats if e.count > 0});
    println!("{avg_latency:?}");
}
