//! mistake: adds an i32 direction offset to a usize grid coordinate, as Python's ints mix freely
//! category: type
const DIRS: [(i32, i32); 4] = [(-1, 0), (1, 0), (0, -1), (0, 1)];

fn main() {
    let grid: Vec<Vec<u8>> = vec![vec![1, 2, 3], vec![4, 5, 6], vec![7, 8, 9]];
    let (r, c) = (1usize, 1usize);
    let mut neighbours = Vec::new();
    for (dr, dc) in DIRS {
        neighbours.push(grid[r + dr][c + dc]);
    }
    println!("{neighbours:?}");
}
