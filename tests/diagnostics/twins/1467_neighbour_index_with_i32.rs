//! mistake: grid neighbours computed as `i32` (for the bounds check) and then used as indices without converting back to `usize`
//! offending: grid[nr]
//! category: type
const DIRS: [(i32, i32); 4] = [(0, 1), (1, 0), (0, -1), (-1, 0)];

fn main() {
    let grid = vec![vec![1u8, 2, 3], vec![4, 5, 6]];
    let (h, w) = (grid.len() as i32, grid[0].len() as i32);
    let (r, c) = (1usize, 1usize);
    let mut nbrs = Vec::new();
    for (dr, dc) in DIRS {
        let nr = r as i32 + dr;
        let nc = c as i32 + dc;
        if 0 <= nr && nr < h && 0 <= nc && nc < w {
            nbrs.push(grid[nr][nc]);
        }
    }
    println!("{nbrs:?}");
}
