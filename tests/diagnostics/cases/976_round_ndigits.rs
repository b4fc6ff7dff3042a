//! mistake: Python's `round(x, 2)` translated to `x.round(2)`; Rust's `round` takes no digits
//! offending: round(2)
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let samples: HashMap<&str, Vec<f64>> =
        HashMap::from([("latency", vec![12.31, 15.77, 11.02]), ("jitter", vec![0.51, 0.73])]);
    let means = comp!({name: (vs.iter().sum::<f64>() / vs.len() as f64).round(2) for (name, vs) in &samples if !vs.is_empty()});
    println!("{means:?}");
}
