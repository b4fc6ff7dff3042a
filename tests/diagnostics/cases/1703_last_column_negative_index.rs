//! mistake: Python's negative index `row[-1]` for the last column of each row
//! offending: -1
//! category: python-habit
use comprehensions::comp;

fn main() {
    let matrix = vec![vec![1.0, 2.0, 3.0], vec![4.0, 5.0, 6.0]];
    let last_col = comp![row[-1] for row in &matrix];
    println!("{last_col:?}");
}
