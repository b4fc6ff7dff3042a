//! mistake: Python's `list.count(w)` on a `Vec` (hand-written)
use std::collections::HashMap;

fn main() {
    let words: Vec<&str> = "a b a c b a".split(' ').collect();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in words.iter().copied() {
        counts.insert(w, words.count(w));
    }
    println!("{counts:?}");
}
