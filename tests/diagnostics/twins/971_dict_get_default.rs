//! mistake: Python's `d.get(key, default)` with a second argument for the default
//! offending: overrides.get(k, 0)
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let keys = vec!["workers", "timeout", "retries"];
    let overrides: HashMap<&str, u32> = HashMap::from([("timeout", 60)]);
    let mut effective = HashMap::new();
    for k in &keys {
        effective.insert(*k, overrides.get(k, 0));
    }
    println!("{effective:?}");
}
