//! mistake: Python's `len(w)` instead of `w.len()` in the element
//! offending: len
//! category: python-habit
use comprehensions::comp;

fn main() {
    let words = vec!["alpha", "be", "gamma"];
    let lengths = comp![len(w) for w in &words];
    println!("{lengths:?}");
}
