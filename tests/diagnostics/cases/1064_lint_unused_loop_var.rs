//! mistake: Python's `[0.0 for x in range(n)]` keeps an unused loop variable `x` (Rust wants `_`)
//! offending: x
//! category: lint
use comprehensions::comp;

fn main() {
    let n = 4;
    let zeros = comp![0.0_f64 for x in 0..n];
    println!("{zeros:?}");
}
