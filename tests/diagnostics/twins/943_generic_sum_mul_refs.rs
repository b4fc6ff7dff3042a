//! mistake: multiplied the `&T` items of a slice in a generic function bounded only by `T: Mul`
//! offending: x * x
//! category: type
use std::iter::Sum;
use std::ops::Mul;

fn sum_of_squares<T>(xs: &[T]) -> T
where
    T: Copy + Mul<Output = T> + Sum<T>,
{
    xs.iter().map(|x| x * x).sum()
}

fn main() {
    println!("{}", sum_of_squares(&[1, 2, 3]));
}
