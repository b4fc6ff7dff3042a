//! mistake: `[sum(x for x in row) for row in grid]` as `Iterator::sum(..)` without a result type, and the result not annotated
//! offending: Iterator::sum
//! category: type
use comprehensions::comp;

fn main() {
    let grid = vec![vec![1u64, 2, 3], vec![4, 5, 6]];
    // Python: totals = [sum(x for x in row) for row in grid]
    let totals = comp![Iterator::sum(x for x in row) for row in &grid];
    println!("{totals:?}");
}
