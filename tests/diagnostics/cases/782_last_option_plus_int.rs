//! mistake: Python's row[-1] + 1 as row.last() + 1 (last() is an Option<&i32>)
//! offending: row.last() + 1
//! category: type
use comprehensions::comp;

fn main() {
    let rows = vec![vec![1, 2, 3], vec![7, 8]];
    let next_ids = comp![row.last() + 1 for row in &rows];
    println!("{next_ids:?}");
}
