//! mistake: indexes a sorted `Vec<f64>` with an `f64` position, forgetting to cast back to `usize` (Python: `xs[int(p * (n - 1))]`)
//! offending: sorted[p * (n - 1) as f64]
//! category: type
use comprehensions::comp;

fn main() {
    let mut sorted: Vec<f64> = vec![3.2, 1.5, 4.8, 2.2, 5.0];
    sorted.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let n = sorted.len();
    let qs: Vec<f64> = comp![sorted[p * (n - 1) as f64] for p in [0.25, 0.5, 0.75]];
    println!("{qs:?}");
}
