//! mistake: Python's `word.count(c)` on a `&str` to count letters for an anagram check
//! offending: count
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn letter_counts(word: &str) -> HashMap<char, usize> {
    comp!({c: word.count(c) for c in word.chars()})
}

fn main() {
    println!("{}", letter_counts("listen") == letter_counts("silent"));
}
