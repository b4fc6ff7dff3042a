//! mistake: Python-style parentheses around the range of an inner `for` in a column extraction
//! offending: (0..h)
//! category: lint
use comprehensions::comp;

fn main() {
    let grid = vec![vec!['#', '.', '.'], vec!['.', '#', '.']];
    let (h, w) = (grid.len(), grid[0].len());
    let cols = comp![[grid[r][c] for r in (0..h)] for c in 0..w];
    println!("{cols:?}");
}
