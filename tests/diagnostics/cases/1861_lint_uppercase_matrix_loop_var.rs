//! mistake: names the loop variable `X` after the data-science convention for a feature matrix (Python: `[X.shape[0] for X in batches]`)
//! offending: for X in
//! category: lint
use comprehensions::comp;

fn main() {
    let batches: Vec<Vec<Vec<f64>>> = vec![vec![vec![1.0, 2.0]], vec![vec![3.0, 4.0], vec![5.0, 6.0]]];
    let sizes: Vec<usize> = comp![X.len() for X in &batches];
    println!("{sizes:?}");
}
