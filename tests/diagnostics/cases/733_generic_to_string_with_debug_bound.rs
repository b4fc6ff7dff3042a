//! mistake: calls `.to_string()` on a generic `T` bounded by `Debug` only, as Python's `str(x)` works on anything
//! offending: to_string
//! category: type
use comprehensions::comp;
use std::fmt::Debug;

fn labels<T: Debug>(xs: &[T]) -> Vec<String> {
    comp![x.to_string() for x in xs]
}

fn main() {
    println!("{:?}", labels(&[1, 2, 3]));
}
