//! mistake: builds a `HashMap<T, usize>` histogram keyed by the loop variable, which is a `&T` over a slice
//! offending: x: xs.iter()
//! category: type
use comprehensions::comp;
use std::collections::HashMap;
use std::hash::Hash;

fn histogram<T: Eq + Hash>(xs: &[T]) -> HashMap<T, usize> {
    comp!({x: xs.iter().filter(|y| *y == x).count() for x in xs})
}

fn main() {
    println!("{:?}", histogram(&[1, 1, 2]));
}
