//! mistake: the element of a nested display was deleted, `[for c in row]`
//! offending: for c in row
//! category: syntax
use comprehensions::comp;

fn main() {
    let grid = vec![vec![1, 2], vec![3, 4]];
    let doubled = comp![[for c in row] for row in &grid];
    println!("{doubled:?}");
}
