//! mistake: a set display of `f64` values nested in a list, Python's `[{x for x in row} for row in grid]`
//! offending: {x for x in row}
//! category: type
use comprehensions::comp;

fn main() {
    let grid = vec![vec![1.5, 2.0, 1.5], vec![0.5]];
    let distinct = comp![{x for x in row} for row in &grid];
    println!("{distinct:?}");
}
