//! mistake: a function returns a lazy form whose filter borrows a local stop-word set (no `move`)
//! offending: !stop.contains(w.as_str())
//! category: ownership
use comprehensions::comp;
use std::collections::HashSet;

fn content_words(words: Vec<String>) -> impl Iterator<Item = String> {
    let stop: HashSet<&str> = HashSet::from(["the", "a", "of"]);
    // Python: return (w for w in words if w not in STOP)
    comp!((w for w in words if !stop.contains(w.as_str())))
}

fn main() {
    let words = vec!["the".to_string(), "graph".to_string()];
    println!("{:?}", content_words(words).collect::<Vec<_>>());
}
