//! mistake: a set display of `f64` values nested in a list, Python's `[{x for x in row} for row in grid]`
//! offending: collect::<HashSet<_>>()
//! category: type
use std::collections::HashSet;

fn main() {
    let grid = vec![vec![1.5, 2.0, 1.5], vec![0.5]];
    let distinct: Vec<_> = grid.iter().map(|row| row.iter().collect::<HashSet<_>>()).collect();
    println!("{distinct:?}");
}
