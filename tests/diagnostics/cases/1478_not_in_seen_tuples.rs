//! mistake: Python's `(r, c) not in seen` membership test on a set of coordinate tuples
//! offending: not in
//! category: syntax
use comprehensions::comp;
use std::collections::HashSet;

fn main() {
    let seen: HashSet<(usize, usize)> = HashSet::from([(0, 0), (1, 1)]);
    let fresh = comp![(r, c) for r in 0..3 for c in 0..3 if (r, c) not in seen];
    println!("{fresh:?}");
}
