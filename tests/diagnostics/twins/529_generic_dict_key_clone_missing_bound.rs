use std::collections::HashMap;
use std::hash::Hash;

fn positions<K: Hash + Eq>(keys: &[K]) -> HashMap<K, usize> {
    let mut out = HashMap::new();
    for (i, k) in keys.iter().enumerate() {
        out.insert(k.clone(), i);
    }
    out
}

fn main() {
    println!("{:?}", positions(&["a", "b"]));
}
