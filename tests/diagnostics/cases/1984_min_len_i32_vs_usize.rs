//! mistake: compared `w.len()` (a `usize`) with a minimum length declared as `i32`, as Python's untyped `int` would allow
//! offending: min_len]
//! category: type
use comprehensions::comp;

fn main() {
    let text = "a an the word longer words";
    let min_len: i32 = 4;
    let long_words: Vec<&str> = comp![w for w in text.split_whitespace() if w.len() >= min_len];
    println!("{long_words:?}");
}
