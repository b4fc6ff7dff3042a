//! mistake: Python's `len(grid[0])` for the number of columns while transposing a matrix
//! offending: len(grid[0])
//! category: python-habit
use comprehensions::comp;

fn main() {
    let grid: Vec<Vec<f64>> = vec![vec![1.0, 2.0, 3.0], vec![4.0, 5.0, 6.0]];
    let transposed = comp![[row[j] for row in &grid] for j in 0..len(grid[0])];
    println!("{transposed:?}");
}
