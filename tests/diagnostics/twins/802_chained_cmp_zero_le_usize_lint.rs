//! mistake: Python's 0 <= i < n bounds check on a usize index (the first comparison is always true)
fn main() {
    let grid = vec![1, 2, 3, 4];
    let idx: Vec<usize> = vec![0, 2, 7];
    let n = grid.len();
    let mut cells = Vec::new();
    for i in idx.iter().copied() {
        if 0 <= i && i < n {
            cells.push(grid[i]);
        }
    }
    println!("{cells:?}");
}
