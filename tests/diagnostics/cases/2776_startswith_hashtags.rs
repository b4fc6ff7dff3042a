//! mistake: picked hashtags with Python's `startswith` instead of `starts_with`
//! offending: startswith
//! category: python-habit
use comprehensions::comp;
use std::collections::HashSet;

fn main() {
    let tweet = "loving the new #chatbot release #nlp #rustlang so far";
    let tags: HashSet<&str> = comp!({w.trim_start_matches('#') for w in tweet.split(' ') if w.startswith("#")});
    println!("{tags:?}");
}
