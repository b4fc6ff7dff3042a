//! mistake: tokenised on whitespace with Python's argument-less `str.split()`
//! offending: line.split()
//! category: python-habit
use comprehensions::comp;

fn main() {
    let lines = vec!["Rust is fast", "Python is   friendly"];
    let tokens = comp![tok.to_lowercase() for line in &lines for tok in line.split()];
    println!("{tokens:?}");
}
