//! mistake: a cache mutated with `insert` inside a comprehension that iterates the same cache
//! offending: cache.insert(format!("{k}:v2"), v.clone())
//! category: ownership
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let mut cache: HashMap<String, String> = HashMap::new();
    cache.insert("user:1".into(), "ana".into());
    let old: Vec<Option<String>> = comp![cache.insert(format!("{k}:v2"), v.clone()) for (k, v) in &cache];
    println!("{old:?}");
}
