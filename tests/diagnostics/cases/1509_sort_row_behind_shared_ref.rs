//! mistake: Python's `[sorted(row) for row in grid]` ported as an in-place `row.sort()` on rows borrowed with `&grid`
//! offending: row.sort()
//! category: ownership
use comprehensions::comp;

fn main() {
    let grid = vec![vec![3, 1, 2], vec![9, 7, 8]];
    let sorted_rows = comp![{ row.sort(); row } for row in &grid];
    println!("{sorted_rows:?}");
}
