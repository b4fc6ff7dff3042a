//! mistake: tokenized with Python's argument-less `split()` to split on whitespace
//! offending: split()
//! category: python-habit
use comprehensions::comp;

fn main() {
    let corpus = vec!["Hello there  bot", "what's the weather\ttoday", "bye"];
    let tokens = comp![tok.to_lowercase() for line in &corpus for tok in line.split()];
    println!("{tokens:?}");
}
