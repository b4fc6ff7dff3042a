//! mistake: Python's `counts[w]` indexing a `HashMap<String, u32>` with an owned `String` (hand-written)
use std::collections::HashMap;

fn main() {
    let counts: HashMap<String, u32> = [("a".to_string(), 3), ("b".to_string(), 1)].into_iter().collect();
    let wanted = vec!["a".to_string(), "b".to_string()];
    let mut freq = Vec::new();
    for w in wanted {
        freq.push(counts[w]);
    }
    println!("{freq:?}");
}
