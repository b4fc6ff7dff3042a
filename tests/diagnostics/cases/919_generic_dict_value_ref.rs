//! mistake: a generic dict comprehension whose value is the `&T` from `iter().enumerate()` where `T` is returned
//! offending: : item for
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn by_position<T: Clone>(items: &[T]) -> HashMap<usize, T> {
    comp!({i: item for (i, item) in items.iter().enumerate()})
}

fn main() {
    let m = by_position(&["a".to_string(), "b".to_string()]);
    println!("{m:?}");
}
