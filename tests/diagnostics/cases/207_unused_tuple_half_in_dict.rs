//! mistake: a dict comprehension resetting counters that unpacks `(k, v)` and never uses `v`
//! offending: v
//! category: lint
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let counts: Vec<(&str, u32)> = vec![("get", 10), ("post", 3)];
    let reset: HashMap<&str, u32> = comp!({k: 0 for (k, v) in counts});
    println!("{reset:?}");
}
