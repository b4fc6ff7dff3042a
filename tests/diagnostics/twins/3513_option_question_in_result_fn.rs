//! mistake: used `?` on the `Option` from `HashMap::get` in a function that returns a `Result`
//! offending: m.get("latency_ms")?
//! category: try
use std::collections::HashMap;

fn latencies(points: &[HashMap<String, u64>]) -> Result<Vec<u64>, String> {
    let mut out = Vec::new();
    for m in points {
        out.push(*m.get("latency_ms")?);
    }
    Ok(out)
}

fn main() {
    let p = HashMap::from([("latency_ms".to_string(), 12u64)]);
    println!("{:?}", latencies(&[p]));
}
