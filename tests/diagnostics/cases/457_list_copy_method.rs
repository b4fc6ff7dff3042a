//! mistake: Python's `list.copy()` on a Vec (Rust: `.clone()`)
//! offending: copy
//! category: python-habit
use comprehensions::comp;

fn main() {
    let grid = vec![vec![0u8; 3]; 3];
    // Python: snapshot = [row.copy() for row in grid]
    let snapshot = comp![row.copy() for row in &grid];
    println!("{snapshot:?}");
}
