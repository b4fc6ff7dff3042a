//! mistake: Python's `sum(row) / len(row)` row mean, the float sum divided by the `usize` length without a cast
//! offending: / row.len()
//! category: type
use comprehensions::comp;

fn main() {
    let grid: Vec<Vec<i32>> = vec![vec![1, 2, 3], vec![4, 6]];
    let means = comp![row.iter().sum::<i32>() as f64 / row.len() for row in &grid];
    println!("{means:?}");
}
