//! mistake: the collected keys still borrow the map being modified
//! offending: cache.remove(k)
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let mut cache: HashMap<String, u32> = HashMap::from([("tmp1".to_string(), 1), ("keep".to_string(), 2)]);
    let stale: Vec<&String> = cache.keys().filter(|k| k.starts_with("tmp")).collect();
    for k in stale {
        cache.remove(k);
    }
    println!("{}", cache.len());
}
