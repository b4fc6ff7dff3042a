//! mistake: normalised tokens with Python's `str.lower()` instead of `to_lowercase()`
//! offending: lower
//! category: python-habit
use comprehensions::comp;

fn main() {
    let corpus = vec!["The Quick brown FOX", "jumps over the Lazy dog"];
    let tokens = comp![w.lower() for line in &corpus for w in line.split_whitespace()];
    println!("{tokens:?}");
}
