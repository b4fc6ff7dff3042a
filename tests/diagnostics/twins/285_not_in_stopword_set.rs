//! mistake: Python's `w not in stop` to drop stopwords with a HashSet (hand-written)
use std::collections::HashSet;

fn main() {
    let stop: HashSet<&str> = ["the", "a", "of"].into_iter().collect();
    let text = "the history of a city";
    let mut words = Vec::new();
    for w in text.split_whitespace() {
        if w not in stop {
            words.push(w);
        }
    }
    println!("{words:?}");
}
