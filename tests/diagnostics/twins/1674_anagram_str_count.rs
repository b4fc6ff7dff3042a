//! mistake: Python's `word.count(c)` on a `&str` to count letters for an anagram check
//! offending: count
//! category: python-habit
use std::collections::HashMap;

fn letter_counts(word: &str) -> HashMap<char, usize> {
    let mut counts = HashMap::new();
    for c in word.chars() {
        counts.insert(c, word.count(c));
    }
    counts
}

fn main() {
    println!("{}", letter_counts("listen") == letter_counts("silent"));
}
