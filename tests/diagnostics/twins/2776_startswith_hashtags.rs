//! mistake: picked hashtags with Python's `startswith` instead of `starts_with`
//! offending: startswith
//! category: python-habit
use std::collections::HashSet;

fn main() {
    let tweet = "loving the new #chatbot release #nlp #rustlang so far";
    let mut tags: HashSet<&str> = HashSet::new();
    for w in tweet.split(' ') {
        if w.startswith("#") {
            tags.insert(w.trim_start_matches('#'));
        }
    }
    println!("{tags:?}");
}
