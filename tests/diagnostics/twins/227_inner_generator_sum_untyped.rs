//! mistake: `Iterator::sum(..)` without a result type, result not annotated (hand-written)
//! offending: Iterator::sum
fn main() {
    let grid = vec![vec![1u64, 2, 3], vec![4, 5, 6]];
    let totals: Vec<_> = grid.iter().map(|row| Iterator::sum(row.iter().map(|x| x))).collect();
    println!("{totals:?}");
}
