//! mistake: Python-style parentheses around the range of an inner `for` in a column extraction
//! offending: (0..h)
//! category: lint
fn main() {
    let grid = vec![vec!['#', '.', '.'], vec!['.', '#', '.']];
    let (h, w) = (grid.len(), grid[0].len());
    let mut cols = Vec::new();
    for c in 0..w {
        let mut col = Vec::new();
        for r in (0..h) {
            col.push(grid[r][c]);
        }
        cols.push(col);
    }
    println!("{cols:?}");
}
