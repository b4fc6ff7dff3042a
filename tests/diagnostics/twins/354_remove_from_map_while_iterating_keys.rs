//! mistake: removing from the map whose keys are being iterated (hand-written)
use std::collections::HashMap;

fn main() {
    let mut cache: HashMap<String, u32> = HashMap::from([("a".to_string(), 1), ("b".to_string(), 2)]);
    let mut evicted = Vec::new();
    for k in cache.keys() {
        evicted.push(cache.remove(k));
    }
    println!("{evicted:?} {}", cache.len());
}
