//! mistake: Python's `d.get(k, 0)` with a default argument
//! offending: prev.get(w, 0)
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let prev: HashMap<&str, u32> = HashMap::from([("a", 2)]);
    let words = vec!["a", "b"];
    let mut next = HashMap::new();
    for w in &words {
        next.insert(*w, prev.get(w, 0) + 1);
    }
    println!("{next:?}");
}
