//! mistake: divided an `f64` row sum by `row.len()`, a `usize`, to get the row mean
//! offending: row.iter().sum::<f64>() / row.len()
//! category: type
use comprehensions::comp;

fn main() {
    let matrix: Vec<Vec<f64>> = vec![vec![0.5, 1.5, 2.0], vec![3.0, 4.0], vec![10.0]];
    let row_means = comp![row.iter().sum::<f64>() / row.len() for row in &matrix];
    println!("{row_means:?}");
}
