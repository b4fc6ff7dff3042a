//! mistake: `[list(c for c in row) for row in rows]` with the `list(..)` dropped: an inner lazy display where `Vec<char>` is expected
//! offending: (c for c in row.chars())
//! category: type
use comprehensions::comp;

fn main() {
    let rows = vec!["#..".to_string(), ".#.".to_string(), "..#".to_string()];
    let board: Vec<Vec<char>> = comp![(c for c in row.chars()) for row in &rows];
    println!("{}", board.len());
}
