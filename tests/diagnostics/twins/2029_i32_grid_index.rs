//! mistake: indexed the cost grid with `i32` coordinates (signed, for the neighbour offsets) instead of `usize`
//! offending: [y]
//! category: type
fn main() {
    let grid: Vec<Vec<u8>> = vec![vec![1, 1, 5, 1], vec![1, 9, 9, 1], vec![1, 1, 1, 1]];
    let coords: Vec<(i32, i32)> = vec![(0, 0), (2, 1), (3, 2)];
    let mut costs = Vec::new();
    for (x, y) in coords {
        costs.push(grid[y][x]);
    }
    println!("{costs:?}");
}
