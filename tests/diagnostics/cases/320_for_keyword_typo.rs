//! mistake: a typo in the `for` keyword while typing, `fro`
//! offending: fro
//! category: syntax
use comprehensions::comp;

fn main() {
    let prices = vec![3, 5, 8];
    let doubled = comp![p * 2 fro p in &prices];
    println!("{doubled:?}");
}
