//! mistake: Python's 0 <= i < n bounds check on a usize index (the first comparison is always true)
//! offending: 0 <= i
//! category: lint
use comprehensions::comp;

fn main() {
    let grid = vec![1, 2, 3, 4];
    let idx: Vec<usize> = vec![0, 2, 7];
    let n = grid.len();
    let cells = comp![grid[i] for i in idx.iter().copied() if 0 <= i < n];
    println!("{cells:?}");
}
