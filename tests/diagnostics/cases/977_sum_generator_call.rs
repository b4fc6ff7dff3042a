//! mistake: Python's builtin `sum(..)` called on a generator for each row's total
//! offending: sum
//! category: python-habit
use comprehensions::comp;

fn main() {
    let grid: Vec<Vec<i64>> = vec![vec![1, -2, 3], vec![4, 5, -6]];
    let row_totals = comp![sum(c for c in row if *c > 0) for row in &grid];
    println!("{row_totals:?}");
}
