//! mistake: Python's `{(r, c): ch for r, row in enumerate(grid) for c, ch in enumerate(row)}` into a map annotated with `u8` values, fed `char`s
//! offending: : ch for
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let grid = vec!["#.", ".#"];
    let cells: HashMap<(usize, usize), u8> =
        comp!({(r, c): ch for (r, row) in grid.iter().enumerate() for (c, ch) in row.chars().enumerate()});
    println!("{}", cells.len());
}
