//! mistake: `[list(c for c in row) for row in rows]` with the `list(..)` dropped: an inner lazy display where `Vec<char>` is expected
//! offending: row.chars()
//! category: type

fn main() {
    let rows = vec!["#..".to_string(), ".#.".to_string(), "..#".to_string()];
    let mut board: Vec<Vec<char>> = Vec::new();
    for row in &rows {
        board.push(row.chars());
    }
    println!("{}", board.len());
}
