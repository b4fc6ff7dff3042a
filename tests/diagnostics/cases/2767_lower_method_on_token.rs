//! mistake: normalized tokens with Python's `str.lower()` instead of `to_lowercase()`
//! offending: lower
//! category: python-habit
use comprehensions::comp;
use std::collections::HashSet;

fn main() {
    let message = "Book a TABLE for Two at Luigi's";
    let vocab: HashSet<String> = comp!({tok.lower() for tok in message.split_whitespace()});
    println!("{} distinct tokens", vocab.len());
}
