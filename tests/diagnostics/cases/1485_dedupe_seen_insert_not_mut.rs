//! mistake: order-preserving dedupe with `seen.insert(x)` in the filter, the `seen` set declared without `mut`
//! offending: seen.insert(x)
//! category: ownership
use comprehensions::comp;
use std::collections::HashSet;

fn main() {
    let xs = vec![3, 1, 3, 2, 1];
    let seen = HashSet::new();
    let uniq = comp![x for &x in &xs if seen.insert(x)];
    println!("{uniq:?}");
}
