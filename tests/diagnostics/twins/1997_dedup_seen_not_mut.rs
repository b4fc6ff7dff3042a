//! mistake: deduplicated words in order with a `seen` set (Python's `if w not in seen and not seen.add(w)` idiom) but declared `seen` without `mut`
//! offending: seen
//! category: ownership
use std::collections::HashSet;

fn main() {
    let text = "to be or not to be";
    let seen = HashSet::new();
    let mut unique: Vec<&str> = Vec::new();
    for w in text.split_whitespace() {
        if seen.insert(w) {
            unique.push(w);
        }
    }
    println!("{unique:?}");
}
