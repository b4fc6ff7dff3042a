//! mistake: Python's `list.copy()` on a Vec
//! offending: copy
//! category: python-habit
fn main() {
    let grid = vec![vec![0u8; 3]; 3];
    let snapshot: Vec<Vec<u8>> = grid.iter().map(|row| row.copy()).collect();
    println!("{snapshot:?}");
}
