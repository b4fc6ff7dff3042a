//! mistake: Python's `counts[w] + 1` as `counts.get(w) + 1` in a loop
//! offending: counts.get(w) + 1
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let counts: HashMap<&str, u32> = HashMap::from([("a", 2), ("b", 1)]);
    let new_words = ["a", "c"];
    let mut bumped = HashMap::new();
    for w in new_words {
        bumped.insert(w, counts.get(w) + 1);
    }
    println!("{bumped:?}");
}
