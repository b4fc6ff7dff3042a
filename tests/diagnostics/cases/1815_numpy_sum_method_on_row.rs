//! mistake: numpy's `row.sum()` on a plain `Vec<f64>` row (Python: `[row.sum() for row in matrix]` over a numpy array)
//! offending: row.sum()
//! category: python-habit
use comprehensions::comp;

fn main() {
    let matrix: Vec<Vec<f64>> = vec![vec![1.0, 2.0, 3.0], vec![4.0, 5.0, 6.0]];
    let totals: Vec<f64> = comp![row.sum() for row in &matrix];
    println!("{totals:?}");
}
