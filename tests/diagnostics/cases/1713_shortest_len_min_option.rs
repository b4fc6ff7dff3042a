//! mistake: `.min()` of the word lengths used as a `usize`, as Python's `min(...)` returns the value
//! offending: .min()
//! category: type
use comprehensions::comp;

fn main() {
    let words = vec!["kayak", "be", "rust"];
    let shortest: usize = comp!((w.len() for w in &words)).min();
    println!("{shortest}");
}
