//! mistake: an `if` key whose branches are `String` and `&str` (hand-written)
use std::collections::HashMap;

fn main() {
    let rows = vec![("web1", 3), ("", 5)];
    let mut hits = HashMap::new();
    for (h, n) in rows {
        hits.insert(if !h.is_empty() { h.to_string() } else { "unknown" }, n);
    }
    println!("{hits:?}");
}
