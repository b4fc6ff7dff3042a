//! mistake: multiplying a `u32` by a float literal
//! offending: price * 1.2
//! category: type
use comprehensions::comp;

fn main() {
    let prices: Vec<u32> = vec![100, 250, 40];
    let gross = comp![price * 1.2 for price in prices];
    println!("{gross:?}");
}
