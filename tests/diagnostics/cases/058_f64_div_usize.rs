//! mistake: dividing an `f64` total by a `usize` length
//! offending: total / xs.len()
//! category: type
use comprehensions::comp;

fn main() {
    let series = vec![vec![1.0, 2.0, 4.5], vec![3.0]];
    let means = comp![total / xs.len() for xs in &series let total: f64 = xs.iter().sum()];
    println!("{means:?}");
}
