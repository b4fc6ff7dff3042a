//! mistake: divided an untyped `sum()` by the length, so its type cannot be inferred
//! offending: sum()
//! category: type
use comprehensions::comp;

fn main() {
    let windows: Vec<Vec<f64>> = vec![vec![120.0, 80.0], vec![300.0, 310.0, 290.0]];
    let means: Vec<f64> = comp![w.iter().sum() / w.len() as f64 for w in &windows];
    println!("{means:?}");
}
