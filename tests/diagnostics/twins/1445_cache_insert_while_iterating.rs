//! mistake: a cache mutated with `insert` inside a comprehension that iterates the same cache
//! offending: cache.insert(format!("{k}:v2"), v.clone())
//! category: ownership
use std::collections::HashMap;

fn main() {
    let mut cache: HashMap<String, String> = HashMap::new();
    cache.insert("user:1".into(), "ana".into());
    let mut old: Vec<Option<String>> = Vec::new();
    for (k, v) in &cache {
        old.push(cache.insert(format!("{k}:v2"), v.clone()));
    }
    println!("{old:?}");
}
