//! mistake: `move` on an eager list, which moves `prices` into it, then `prices` is used again
//! offending: prices
//! category: ownership
use comprehensions::comp;

fn main() {
    let prices = vec![10.0, 25.5, 7.25];
    let rate = 1.2;
    let with_tax = comp!(move [p * rate for p in prices]);
    println!("{} prices: {with_tax:?}", prices.len());
}
