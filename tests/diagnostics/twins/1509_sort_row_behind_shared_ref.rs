//! mistake: Python's `[sorted(row) for row in grid]` ported as an in-place `row.sort()` on rows borrowed with `&grid`
//! offending: row.sort()
//! category: ownership
fn main() {
    let grid = vec![vec![3, 1, 2], vec![9, 7, 8]];
    let sorted_rows = grid.iter().map(|row| { row.sort(); row }).collect::<Vec<_>>();
    println!("{sorted_rows:?}");
}
