//! mistake: a function returns a `filter` whose closure borrows a local stop-word set (hand-written)
//! offending: |w| !stop.contains(w.as_str())
use std::collections::HashSet;

fn content_words(words: Vec<String>) -> impl Iterator<Item = String> {
    let stop: HashSet<&str> = HashSet::from(["the", "a", "of"]);
    words.into_iter().filter(|w| !stop.contains(w.as_str()))
}

fn main() {
    let words = vec!["the".to_string(), "graph".to_string()];
    println!("{:?}", content_words(words).collect::<Vec<_>>());
}
