//! mistake: Python's builtin `sum(..)` called on a generator for each row's total
//! offending: sum
//! category: python-habit

fn main() {
    let grid: Vec<Vec<i64>> = vec![vec![1, -2, 3], vec![4, 5, -6]];
    let row_totals: Vec<i64> = grid.iter().map(|row| sum(row.iter().filter(|c| **c > 0))).collect();
    println!("{row_totals:?}");
}
