//! mistake: a generic position index `{k: i for i, k in enumerate(keys)}` with `K: Hash + Eq` but no `Clone`: `k.clone()` clones the reference
//! offending: k.clone()
//! category: type
use comprehensions::comp;
use std::collections::HashMap;
use std::hash::Hash;

// Python: def positions(keys): return {k: i for i, k in enumerate(keys)}
fn positions<K: Hash + Eq>(keys: &[K]) -> HashMap<K, usize> {
    comp!({k.clone(): i for (i, k) in keys.iter().enumerate()})
}

fn main() {
    println!("{:?}", positions(&["a", "b"]));
}
