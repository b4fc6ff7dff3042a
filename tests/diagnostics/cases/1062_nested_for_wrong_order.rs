//! mistake: flattening a grid with the `for` clauses in reading order of the element, inner loop first (`[c for c in row for row in grid]`)
//! offending: row
//! category: python-habit
use comprehensions::comp;

fn main() {
    let grid = vec![vec![1, 2], vec![3, 4]];
    let flat = comp![*cell for cell in row for row in &grid];
    println!("{flat:?}");
}
