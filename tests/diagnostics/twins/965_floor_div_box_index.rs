//! mistake: Python's floor division `r // 3` for a sudoku box index; `//` starts a comment in Rust
//! offending: //
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let grid: Vec<Vec<u8>> = vec![vec![0; 9]; 9];
    let boxes: HashMap<(usize, usize), Vec<u8>> = HashMap::new();
    let mut cells = Vec::new();
    for r in 0..9 {
        for c in 0..9 {
            if grid[r][c] != 0 {
                cells.push(((r // 3, c // 3), grid[r][c]));
            }
        }
    }
    println!("{} {}", cells.len(), boxes.len());
}
