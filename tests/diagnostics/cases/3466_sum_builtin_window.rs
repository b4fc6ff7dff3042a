//! mistake: summed each window with Python's builtin `sum(w)` instead of `w.iter().sum::<f64>()`
//! offending: sum(w)
//! category: python-habit
use comprehensions::comp;

fn main() {
    let windows: Vec<Vec<f64>> = vec![vec![1.0, 2.5, 0.5], vec![3.5, 4.0]];
    let totals: Vec<f64> = comp![sum(w) for w in &windows];
    println!("{totals:?}");
}
