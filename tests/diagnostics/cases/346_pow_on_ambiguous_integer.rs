//! mistake: Python's `2 ** i` as `2.pow(i)` on an untyped integer literal
//! offending: pow
//! category: type
use comprehensions::comp;

fn main() {
    // Python: powers = [2 ** i for i in range(10)]
    let powers = comp![2.pow(i) for i in 0..10];
    println!("{powers:?}");
}
