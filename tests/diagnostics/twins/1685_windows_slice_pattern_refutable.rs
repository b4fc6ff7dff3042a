//! mistake: destructuring `windows(3)` slices with the array pattern `[a, b, c]` (a refutable pattern)
//! offending: [a, b, c]
//! category: type
fn main() {
    let depths = vec![199, 200, 208, 210, 200, 207];
    let mut sums = Vec::new();
    for [a, b, c] in depths.windows(3) {
        sums.push(a + b + c);
    }
    println!("{sums:?}");
}
