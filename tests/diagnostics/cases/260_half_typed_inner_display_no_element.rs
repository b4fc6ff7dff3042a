//! mistake: half-typed nested display, the inner comprehension's element not written yet, `[[ for c in row] for row in grid]`
//! offending: [ for
//! category: syntax
use comprehensions::comp;

fn main() {
    let grid = vec![vec![1, 2], vec![3, 4]];
    let doubled = comp![[ for c in row] for row in &grid];
    println!("{doubled:?}");
}
