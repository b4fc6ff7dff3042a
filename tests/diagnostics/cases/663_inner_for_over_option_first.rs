//! mistake: iterates row.first(), an Option, in an inner for clause, as Python's `for x in row[:1]`
//! offending: row.first()
//! category: lint
use comprehensions::comp;

fn main() {
    let rows = vec![vec![1, 2], vec![], vec![3]];
    let firsts = comp![*x for row in &rows for x in row.first()];
    println!("{firsts:?}");
}
