//! mistake: Python's `for k in [k for k in cache if ...]: del cache[k]`: the listed keys still borrow the map being modified
//! offending: cache.remove(k)
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let mut cache: HashMap<String, u32> = HashMap::from([("tmp1".to_string(), 1), ("keep".to_string(), 2)]);
    let stale = comp![k for k in cache.keys() if k.starts_with("tmp")];
    for k in stale {
        cache.remove(k);
    }
    println!("{}", cache.len());
}
