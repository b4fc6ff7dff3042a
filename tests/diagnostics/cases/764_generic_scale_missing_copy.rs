//! mistake: scales a slice of generic numbers `T: Mul<Output = T>` by value without `T: Copy`, moving out of the slice and the factor
//! offending: *x
//! category: ownership
use comprehensions::comp;
use std::ops::Mul;

fn scale<T: Mul<Output = T>>(xs: &[T], k: T) -> Vec<T> {
    comp![*x * k for x in xs]
}

fn main() {
    println!("{:?}", scale(&[1, 2, 3], 10));
}
