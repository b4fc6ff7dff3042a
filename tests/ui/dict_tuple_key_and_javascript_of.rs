// A dict's tuple key without its parentheses, and JavaScript's `for .. of`:
// each one error that shows the Rust spelling.
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let grid = vec![vec![1, 2], vec![3, 4]];
    let cells: HashMap<(usize, usize), i32> =
        comp!({r, c: v for (r, row) in grid.iter().enumerate() for (c, &v) in row.iter().enumerate()});
    let names = vec!["ann", "bo"];
    let lengths = comp![s.len() for s of &names];
    println!("{cells:?} {lengths:?}");
}
