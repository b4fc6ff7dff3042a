//! mistake: scales a slice of generic numbers `T: Mul<Output = T>` by value without `T: Copy`, moving out of the slice and the factor
//! offending: *x
//! category: ownership
use std::ops::Mul;

fn scale<T: Mul<Output = T>>(xs: &[T], k: T) -> Vec<T> {
    let mut out = Vec::new();
    for x in xs {
        out.push(*x * k);
    }
    out
}

fn main() {
    println!("{:?}", scale(&[1, 2, 3], 10));
}
