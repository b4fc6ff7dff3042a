//! mistake: Python's `words.count(w)` on a `Vec` in a loop
//! offending: count
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let words = vec!["a", "b", "a", "c", "a"];
    let mut counts = HashMap::new();
    for w in &words {
        counts.insert(w, words.count(w));
    }
    println!("{counts:?}");
}
