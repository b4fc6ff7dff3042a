//! mistake: an iterator stored once and consumed twice, by `sum()` and then `max()`, as if it were a list
//! offending: squares
//! category: ownership
fn main() {
    let nums = vec![4i32, -2, 7];
    let squares = nums.iter().map(|x| x * x);
    let total: i32 = squares.sum();
    let biggest = squares.max();
    println!("{total} {biggest:?}");
}
