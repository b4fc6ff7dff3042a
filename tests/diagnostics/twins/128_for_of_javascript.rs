//! mistake: JavaScript's `for x of xs` instead of `in` (hand-written)
fn main() {
    let prices = vec![9.99, 15.0];
    let mut cents = Vec::new();
    for p of prices {
        cents.push((p * 100.0) as u64);
    }
    println!("{cents:?}");
}
