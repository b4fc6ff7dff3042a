//! mistake: Python's `w.lower()` instead of `w.to_lowercase()` in a set comprehension (hand-written)
use std::collections::HashSet;

fn main() {
    let text = "The cat saw the Cat";
    let mut vocabulary: HashSet<String> = HashSet::new();
    for w in text.split_whitespace() {
        vocabulary.insert(w.lower());
    }
    println!("{}", vocabulary.len());
}
