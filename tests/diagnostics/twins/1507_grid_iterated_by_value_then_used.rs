//! mistake: Python's `for row in grid` iterating the grid by value (moving it), then the grid used again for its width
//! offending: grid[0]
//! category: ownership
fn main() {
    let grid: Vec<Vec<char>> = vec![vec!['#', '.'], vec!['.', '.']];
    let mut walls = Vec::new();
    for row in grid {
        walls.push(row.iter().filter(|&&ch| ch == '#').count());
    }
    let width = grid[0].len();
    println!("{walls:?} {width}");
}
