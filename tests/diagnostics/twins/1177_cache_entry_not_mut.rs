//! mistake: memoizes through `cache.entry(n).or_insert_with(..)` in a loop, but `cache` was declared without `mut`
//! offending: cache.entry(n)
//! category: ownership
use std::collections::HashMap;

fn slow_square(n: u64) -> u64 {
    n * n
}

fn main() {
    let cache: HashMap<u64, u64> = HashMap::new();
    let inputs = vec![3, 4, 3, 5, 4];
    let mut out = Vec::new();
    for n in inputs.iter().copied() {
        out.push(*cache.entry(n).or_insert_with(|| slow_square(n)));
    }
    println!("{out:?} ({} cached)", cache.len());
}
