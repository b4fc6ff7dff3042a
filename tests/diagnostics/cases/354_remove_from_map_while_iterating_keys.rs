//! mistake: Python's `[cache.pop(k) for k in cache]` (a RuntimeError there): removing from the map whose keys are being iterated
//! offending: cache.remove(k)
//! category: ownership
use std::collections::HashMap;

use comprehensions::comp;

fn main() {
    let mut cache: HashMap<String, u32> = HashMap::from([("a".to_string(), 1), ("b".to_string(), 2)]);
    let evicted = comp![cache.remove(k) for k in cache.keys()];
    println!("{evicted:?} {}", cache.len());
}
