//! mistake: returned a lazy comprehension that borrows the `factor` parameter, without `move`
//! offending: comp!((t * factor for t in temps))
//! category: ownership
use comprehensions::comp;

fn scaled(temps: &[f64], factor: f64) -> impl Iterator<Item = f64> + '_ {
    comp!((t * factor for t in temps))
}

fn main() {
    let anomalies = vec![0.12, -0.05, 0.31, 0.44];
    let in_f: Vec<f64> = scaled(&anomalies, 1.8).collect();
    println!("{in_f:?}");
}
