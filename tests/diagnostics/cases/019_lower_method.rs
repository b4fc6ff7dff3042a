//! mistake: Python's `w.lower()` instead of `w.to_lowercase()` in a set comprehension
//! offending: lower
//! category: python-habit
use std::collections::HashSet;

use comprehensions::comp;

fn main() {
    let text = "The cat saw the Cat";
    let vocabulary: HashSet<String> = comp!({w.lower() for w in text.split_whitespace()});
    println!("{}", vocabulary.len());
}
