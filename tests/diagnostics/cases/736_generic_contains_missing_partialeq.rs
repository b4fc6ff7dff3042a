//! mistake: filters with `b.contains(x)` on a generic `T` without `T: PartialEq`, as `x in b`
//! offending: contains
//! category: type
use comprehensions::comp;

fn common<T: Clone>(a: &[T], b: &[T]) -> Vec<T> {
    comp![x.clone() for x in a if b.contains(x)]
}

fn main() {
    println!("{:?}", common(&[1, 2, 3], &[2, 3, 4]));
}
