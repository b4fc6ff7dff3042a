//! mistake: Python's `ord(c) - ord('a')` for a letter's index
//! offending: ord
//! category: python-habit
use comprehensions::comp;

fn main() {
    let word = "hello";
    let shifts = comp![ord(c) - ord('a') for c in word.chars()];
    println!("{shifts:?}");
}
