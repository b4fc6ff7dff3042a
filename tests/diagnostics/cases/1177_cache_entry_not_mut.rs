//! mistake: memoizes through `cache.entry(n).or_insert_with(..)` in the element, but `cache` was declared without `mut` (a Python dict is always mutable)
//! offending: cache.entry(n)
//! category: ownership
use comprehensions::comp;
use std::collections::HashMap;

fn slow_square(n: u64) -> u64 {
    n * n
}

fn main() {
    let cache: HashMap<u64, u64> = HashMap::new();
    let inputs = vec![3, 4, 3, 5, 4];
    let out = comp![*cache.entry(n).or_insert_with(|| slow_square(n)) for n in inputs.iter().copied()];
    println!("{out:?} ({} cached)", cache.len());
}
