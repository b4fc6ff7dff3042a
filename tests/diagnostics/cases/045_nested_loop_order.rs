//! mistake: nested `for` clauses in the wrong order (`for x in row for row in grid`)
//! offending: row
//! category: python-habit
use comprehensions::comp;

fn main() {
    let grid = vec![vec![1, 2], vec![3, 4]];
    let flat = comp![x for x in row for row in &grid];
    println!("{flat:?}");
}
