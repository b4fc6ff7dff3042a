//! mistake: used `?` on the `Option` from `HashMap::get` in a function that returns a `Result`
//! offending: m.get("latency_ms")?
//! category: try
use comprehensions::comp;
use std::collections::HashMap;

fn latencies(points: &[HashMap<String, u64>]) -> Result<Vec<u64>, String> {
    comp![*m.get("latency_ms")? for m in points]
}

fn main() {
    let p = HashMap::from([("latency_ms".to_string(), 12u64)]);
    println!("{:?}", latencies(&[p]));
}
