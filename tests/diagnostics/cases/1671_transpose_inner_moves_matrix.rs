//! mistake: the inner loop of a transpose iterates the matrix by value, moving it on the first column
//! offending: in grid]
//! category: ownership
use comprehensions::comp;

fn main() {
    let grid: Vec<Vec<i32>> = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let cols = grid[0].len();
    let transposed = comp![[row[j] for row in grid] for j in 0..cols];
    println!("{transposed:?}");
}
