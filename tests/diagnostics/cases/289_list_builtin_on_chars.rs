//! mistake: Python's `list(w)` builtin to turn each word into its letters
//! offending: list
//! category: python-habit
use comprehensions::comp;

fn main() {
    let words = vec!["abc", "de"];
    // Python: [list(w) for w in words]
    let letters = comp![list(w.chars()) for w in &words];
    println!("{letters:?}");
}
