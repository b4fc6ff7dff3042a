//! mistake: sorting each row in place in the element while iterating &rows (Python's sorted(row))
//! offending: row.sort()
//! category: ownership
use comprehensions::comp;

fn main() {
    let rows = vec![vec![3, 1, 2], vec![9, 7]];
    let medians = comp![{ row.sort(); row[row.len() / 2] } for row in &rows];
    println!("{medians:?}");
}
