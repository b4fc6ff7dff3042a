//! mistake: multiplied the `&T` items of a slice in a generic function bounded only by `T: Mul`
//! offending: x * x
//! category: type
use comprehensions::comp;
use std::iter::Sum;
use std::ops::Mul;

fn sum_of_squares<T>(xs: &[T]) -> T
where
    T: Copy + Mul<Output = T> + Sum<T>,
{
    comp!((x * x for x in xs)).sum()
}

fn main() {
    println!("{}", sum_of_squares(&[1, 2, 3]));
}
