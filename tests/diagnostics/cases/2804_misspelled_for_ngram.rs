//! mistake: misspelled the inner `for` as `fro` in a character n-gram comprehension
//! offending: fro
//! category: syntax
use comprehensions::comp;

fn main() {
    let words = vec!["chat", "bot"];
    let trigrams = comp![w[i..i + 3].to_string() for w in &words fro i in 0..w.len().saturating_sub(2)];
    println!("{trigrams:?}");
}
