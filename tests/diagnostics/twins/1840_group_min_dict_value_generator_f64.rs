//! mistake: a dict of per-group minima as `.min()` of a nested generator of `f64`s, which are not `Ord` (Python: `{k: min(v * scale for v in vs) for k, vs in groups.items()}`)
//! offending: min()
//! category: type
use std::collections::HashMap;

fn main() {
    let groups: HashMap<&str, Vec<f64>> = HashMap::from([("a", vec![1.5, 0.5]), ("b", vec![4.0])]);
    let scale = 2.0;
    let minima = groups.iter().map(|(k, vs)| (k, vs.iter().map(|v| v * scale).min())).collect::<HashMap<_, _>>();
    println!("{minima:?}");
}
