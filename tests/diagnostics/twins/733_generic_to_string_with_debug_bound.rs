//! mistake: calls `.to_string()` on a generic `T` bounded by `Debug` only, as Python's `str(x)` works on anything
//! offending: to_string
//! category: type
use std::fmt::Debug;

fn labels<T: Debug>(xs: &[T]) -> Vec<String> {
    xs.iter().map(|x| x.to_string()).collect()
}

fn main() {
    println!("{:?}", labels(&[1, 2, 3]));
}
