//! mistake: left the `mean(` call unclosed in the element of a per-device comprehension
//! offending: mean(&w
//! category: syntax
use comprehensions::comp;

fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len() as f64
}

fn main() {
    let per_device: Vec<(&str, Vec<f64>)> = vec![("hvac-1", vec![0.8, 0.9, 1.1]), ("hvac-2", vec![2.0, 2.2])];
    let means = comp![(id, mean(&w) for (id, w) in &per_device];
    println!("{means:?}");
}
