//! mistake: a flood fill writes to `grid` while looping over a lazy form that still reads it
//! offending: grid[r][c] = 2
//! category: ownership
use comprehensions::comp;

fn main() {
    let mut grid = vec![vec![0u8, 1, 0], vec![0, 0, 1]];
    let (h, w) = (grid.len(), grid[0].len());
    for (r, c) in comp!(((r, c) for r in 0..h for c in 0..w if grid[r][c] == 0)) {
        grid[r][c] = 2;
    }
    println!("{grid:?}");
}
