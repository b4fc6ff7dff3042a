//! mistake: destructuring `windows(3)` slices with the array pattern `[a, b, c]` (a refutable pattern)
//! offending: [a, b, c]
//! category: type
use comprehensions::comp;

fn main() {
    let depths = vec![199, 200, 208, 210, 200, 207];
    let sums = comp![a + b + c for [a, b, c] in depths.windows(3)];
    println!("{sums:?}");
}
