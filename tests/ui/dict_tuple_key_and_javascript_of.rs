// A dict's tuple key without its parentheses, JavaScript's `for .. of` and
// Python's `async with` as a clause: each one error that shows the Rust
// spelling.
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

// Python's `async with .. as c` written as a clause.
async fn query(tables: Vec<&str>) -> Vec<usize> {
    comprehensions::acomp![t.len() for t in &tables async with open("db") as c]
}
