//! mistake: adds an i32 direction offset to a usize grid coordinate, as Python's ints mix freely
//! offending: r + dr
//! category: type
use comprehensions::comp;

const DIRS: [(i32, i32); 4] = [(-1, 0), (1, 0), (0, -1), (0, 1)];

fn main() {
    let grid: Vec<Vec<u8>> = vec![vec![1, 2, 3], vec![4, 5, 6], vec![7, 8, 9]];
    let (r, c) = (1usize, 1usize);
    let neighbours = comp![grid[r + dr][c + dc] for (dr, dc) in DIRS];
    println!("{neighbours:?}");
}
