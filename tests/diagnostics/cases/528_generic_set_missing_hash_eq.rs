//! mistake: a generic dedupe `fn unique<T: Clone>` builds a set comprehension of `T` without `T: Eq + Hash` bounds
//! offending: x.clone()
//! category: type
use comprehensions::comp;
use std::collections::HashSet;

// Python: def unique(xs): return {x for x in xs}
fn unique<T: Clone>(xs: &[T]) -> HashSet<T> {
    comp!({x.clone() for x in xs})
}

fn main() {
    println!("{:?}", unique(&[1, 2, 2, 3]).len());
}
