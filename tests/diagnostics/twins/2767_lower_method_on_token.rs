//! mistake: normalized tokens with Python's `str.lower()` instead of `to_lowercase()`
//! offending: lower
//! category: python-habit
use std::collections::HashSet;

fn main() {
    let message = "Book a TABLE for Two at Luigi's";
    let vocab: HashSet<String> = message.split_whitespace().map(|tok| tok.lower()).collect();
    println!("{} distinct tokens", vocab.len());
}
