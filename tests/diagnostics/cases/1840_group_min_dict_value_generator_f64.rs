//! mistake: a dict of per-group minima as `.min()` of a nested generator of `f64`s, which are not `Ord` (Python: `{k: min(v * scale for v in vs) for k, vs in groups.items()}`)
//! offending: min()
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let groups: HashMap<&str, Vec<f64>> = HashMap::from([("a", vec![1.5, 0.5]), ("b", vec![4.0])]);
    let scale = 2.0;
    let minima = comp!({k: (v * scale for v in vs).min() for (k, vs) in &groups});
    println!("{minima:?}");
}
