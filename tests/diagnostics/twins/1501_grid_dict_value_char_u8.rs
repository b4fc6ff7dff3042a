//! mistake: Python's `{(r, c): ch for r, row in enumerate(grid) for c, ch in enumerate(row)}` into a map annotated with `u8` values, fed `char`s
//! offending: ((r, c), ch)
//! category: type
use std::collections::HashMap;

fn main() {
    let grid = vec!["#.", ".#"];
    let mut cells: HashMap<(usize, usize), u8> = HashMap::new();
    for (r, row) in grid.iter().enumerate() {
        for (c, ch) in row.chars().enumerate() {
            cells.insert((r, c), ch);
        }
    }
    println!("{}", cells.len());
}
