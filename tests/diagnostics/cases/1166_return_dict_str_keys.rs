//! mistake: returns a dict comprehension keyed by the `&str` words where the function promises `HashMap<String, usize>`
//! offending: w: w.len()
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn word_lengths(text: &str) -> HashMap<String, usize> {
    if text.is_empty() {
        return HashMap::new();
    }
    return comp!({w: w.len() for w in text.split_whitespace()});
}

fn main() {
    let m = word_lengths("the quick brown fox");
    println!("{m:?}");
}
