//! mistake: Python's `sum(row)` as a free function
//! offending: sum
//! category: python-habit
use comprehensions::comp;

fn main() {
    let matrix = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let row_totals = comp![sum(row) for row in &matrix];
    println!("{row_totals:?}");
}
