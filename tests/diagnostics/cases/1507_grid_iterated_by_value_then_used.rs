//! mistake: Python's `for row in grid` iterating the grid by value (moving it), then the grid used again for its width
//! offending: grid[0]
//! category: ownership
use comprehensions::comp;

fn main() {
    let grid: Vec<Vec<char>> = vec![vec!['#', '.'], vec!['.', '.']];
    let walls = comp![row.iter().filter(|&&ch| ch == '#').count() for row in grid];
    let width = grid[0].len();
    println!("{walls:?} {width}");
}
