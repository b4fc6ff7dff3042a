use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let m: Vec<Vec<f64>> = vec![vec![3.0, -4.0], vec![6.0, -8.5]];
    // Python's `max(abs(x) for x in row)` over floats: `f64` is not `Ord`.
    // The error is on the method, as on a hand-written chain, not on the
    // whole call.
    let _ = comp![(x.abs() for x in row).max() for row in &m];
    // As the argument of `Iterator::max`: on the generator.
    let _ = comp![Iterator::max(x.abs() for x in row) for row in &m];
    // In a dict's value.
    let groups: HashMap<&str, Vec<f64>> = HashMap::new();
    let _ = comp!({k: (v * 2.0 for v in vs).min() for (k, vs) in &groups});
}
