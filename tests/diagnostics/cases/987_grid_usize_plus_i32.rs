//! mistake: a grid neighbour computed as `r + dr` with `r: usize` and `dr: i32`
//! offending: r + dr
//! category: type
use comprehensions::comp;

fn main() {
    let grid = vec![vec![0u8, 1, 0], vec![1, 1, 0], vec![0, 0, 1]];
    let (r, c) = (1usize, 1usize);
    let dirs: [(i32, i32); 4] = [(-1, 0), (1, 0), (0, -1), (0, 1)];
    let open = comp![(nr, nc) for (dr, dc) in dirs let nr = r + dr let nc = c + dc if nr < 3 && nc < 3 && grid[nr][nc] == 0];
    println!("{open:?}");
}
