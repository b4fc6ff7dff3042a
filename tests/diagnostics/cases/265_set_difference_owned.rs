//! mistake: Python's set difference `{..} - stopwords` on two owned `HashSet`s
//! offending: -
//! category: python-habit
use comprehensions::comp;
use std::collections::HashSet;

fn main() {
    let text = "The cat and the hat";
    let stop: HashSet<String> = ["the", "and"].iter().map(|s| s.to_string()).collect();
    // Python: vocab = {w.lower() for w in text.split()} - stop
    let vocab = comp!({w.to_lowercase() for w in text.split_whitespace()}) - stop;
    println!("{vocab:?}");
}
