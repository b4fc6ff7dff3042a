//! mistake: Python's `sum(1 for row in grid for cell in row)` to count cells, leaving the inner loop variable unused
//! offending: cell
//! category: lint
use comprehensions::comp;

fn main() {
    let grid = vec![vec!['.', '#'], vec!['#', '#', '.']];
    let cells: usize = comp!((1 for row in &grid for cell in row)).sum();
    println!("{cells}");
}
