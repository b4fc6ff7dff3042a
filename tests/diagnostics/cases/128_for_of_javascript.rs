//! mistake: JavaScript's `for x of xs` instead of `in`
//! offending: of
//! category: syntax
use comprehensions::comp;

fn main() {
    let prices = vec![9.99, 15.0];
    let cents = comp![(p * 100.0) as u64 for p of prices];
    println!("{cents:?}");
}
