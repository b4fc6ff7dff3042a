//! mistake: Python's `counts.get(w, 0)` with a default (hand-written)
//! offending: counts.get(w, 0)
use std::collections::HashMap;

fn main() {
    let counts: HashMap<&str, u32> = HashMap::from([("a", 3), ("the", 9)]);
    let query = ["the", "cat"];
    let mut freq = Vec::new();
    for w in query {
        freq.push(counts.get(w, 0));
    }
    println!("{freq:?}");
}
