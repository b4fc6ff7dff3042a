//! mistake: a dict of `(count, mean)` tuples annotated `HashMap<String, (usize, f64)>` whose value is written `(mean, count)`
//! offending: (total / n as f64, n)
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let groups: Vec<(String, Vec<f64>)> = vec![("a".to_string(), vec![1.0, 2.0])];
    // Python: stats = {k: (sum(v) / len(v), len(v)) for k, v in groups}
    let stats: HashMap<String, (usize, f64)> =
        comp!({k.clone(): (total / n as f64, n) for (k, v) in &groups let n = v.len() let total: f64 = v.iter().sum()});
    println!("{stats:?}");
}
