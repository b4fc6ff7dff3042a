//! mistake: computed a group mean as `sum / len()`, dividing an `f64` by a `usize`
//! offending: v.iter().sum::<f64>() / v.len()
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let mut latency_by_endpoint: HashMap<String, Vec<f64>> = HashMap::new();
    for (endpoint, ms) in [("/login", 120.0), ("/search", 340.5), ("/login", 80.0), ("/search", 290.0)] {
        latency_by_endpoint.entry(endpoint.to_string()).or_default().push(ms);
    }
    // Python: means = {k: sum(v) / len(v) for k, v in groups.items()}
    let means: HashMap<&str, f64> =
        comp!({k.as_str(): v.iter().sum::<f64>() / v.len() for (k, v) in &latency_by_endpoint});
    println!("{means:?}");
}
