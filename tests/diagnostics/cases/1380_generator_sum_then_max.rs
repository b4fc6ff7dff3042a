//! mistake: a generator stored once and consumed twice, by `sum()` and then `max()`, as if it were a list
//! offending: squares
//! category: ownership
use comprehensions::comp;

fn main() {
    let nums = vec![4i32, -2, 7];
    let squares = comp!((x * x for x in &nums));
    let total: i32 = squares.sum();
    let biggest = squares.max();
    println!("{total} {biggest:?}");
}
