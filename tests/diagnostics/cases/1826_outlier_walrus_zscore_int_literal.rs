//! mistake: compares an `f64` z-score with the integer literal `2` (Python: `[(x, z) for x in xs if (z := (x - m) / s) > 2]`)
//! offending: > 2]
//! category: type
use comprehensions::comp;

fn main() {
    let xs: Vec<f64> = vec![1.0, 1.2, 0.9, 9.5, 1.1];
    let (m, s) = (2.74, 3.13);
    let outliers = comp![(x, z) for x in &xs if (z := (x - m) / s) > 2];
    println!("{outliers:?}");
}
