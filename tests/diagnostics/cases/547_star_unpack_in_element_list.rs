//! mistake: Python's `[*row, sum(row)]` unpacking in the element (in Rust `*row` dereferences, and `[..]` is a fixed array)
//! offending: *row
//! category: python-habit
use comprehensions::comp;

fn main() {
    let rows = vec![vec![1, 2], vec![3, 4]];
    // Python: with_totals = [[*row, sum(row)] for row in rows]
    let with_totals = comp![[*row, row.iter().sum::<i32>()] for row in &rows];
    println!("{with_totals:?}");
}
