//! mistake: a loop that unpacks `(k, v)` and never uses `v` (hand-written)
use std::collections::HashMap;

fn main() {
    let counts: Vec<(&str, u32)> = vec![("get", 10), ("post", 3)];
    let mut reset: HashMap<&str, u32> = HashMap::new();
    for (k, v) in counts {
        reset.insert(k, 0);
    }
    println!("{reset:?}");
}
