//! mistake: Python's floor division `r // 3` for a sudoku box index; `//` starts a comment in Rust
//! offending: //
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let grid: Vec<Vec<u8>> = vec![vec![0; 9]; 9];
    let boxes: HashMap<(usize, usize), Vec<u8>> = HashMap::new();
    let cells = comp![((r // 3, c // 3), grid[r][c]) for r in 0..9 for c in 0..9 if grid[r][c] != 0];
    println!("{} {}", cells.len(), boxes.len());
}
