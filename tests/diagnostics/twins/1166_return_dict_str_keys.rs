//! mistake: returns a collect of `(&str, usize)` pairs where the function promises `HashMap<String, usize>`
//! offending: (w, w.len())
//! category: type
use std::collections::HashMap;

fn word_lengths(text: &str) -> HashMap<String, usize> {
    if text.is_empty() {
        return HashMap::new();
    }
    return text.split_whitespace().map(|w| (w, w.len())).collect();
}

fn main() {
    let m = word_lengths("the quick brown fox");
    println!("{m:?}");
}
