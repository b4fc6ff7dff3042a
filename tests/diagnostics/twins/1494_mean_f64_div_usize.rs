//! mistake: Python's `sum(row) / len(row)` row mean, the float sum divided by the `usize` length without a cast
//! offending: / row.len()
//! category: type
fn main() {
    let grid: Vec<Vec<i32>> = vec![vec![1, 2, 3], vec![4, 6]];
    let means = grid.iter().map(|row| row.iter().sum::<i32>() as f64 / row.len()).collect::<Vec<_>>();
    println!("{means:?}");
}
