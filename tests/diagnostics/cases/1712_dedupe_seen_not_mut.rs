//! mistake: Python's order-keeping dedupe with `seen.add(x)`, the set not declared `mut`
//! offending: seen.insert(x)
//! category: ownership
use comprehensions::comp;
use std::collections::HashSet;

fn main() {
    let xs = vec![3, 1, 3, 2, 1];
    let seen = HashSet::new();
    let unique = comp![x for x in xs.iter().copied() if seen.insert(x)];
    println!("{unique:?}");
}
