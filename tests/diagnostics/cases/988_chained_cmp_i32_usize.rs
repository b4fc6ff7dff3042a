//! mistake: Python's bounds check `0 <= nr < rows` with `nr: i32` and `rows: usize`
//! offending: nr < rows
//! category: type
use comprehensions::comp;

fn main() {
    let grid = vec![vec!['.', '#', '.'], vec!['.', '.', '#']];
    let rows = grid.len();
    let cols = grid[0].len() as i32;
    let (r, c) = (0i32, 1i32);
    let steps = comp![(nr, nc) for (dr, dc) in [(-1, 0), (1, 0), (0, -1), (0, 1)] let (nr, nc) = (r + dr, c + dc) if 0 <= nr < rows && 0 <= nc < cols];
    println!("{steps:?}");
}
