//! mistake: Python's `if d != 0` guard before dividing, comparing an `f64` with the integer literal `0`
//! offending: d != 0
//! category: type
use comprehensions::comp;

fn main() {
    let ds: Vec<f64> = vec![2.0, 0.0, 4.0];
    let inv = comp![1.0 / d for &d in &ds if d != 0];
    println!("{inv:?}");
}
