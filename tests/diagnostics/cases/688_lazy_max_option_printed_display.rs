//! mistake: prints the `max()` of a lazy form with `{}`, but `max()` returns an `Option` (Python's `max` returns the value)
//! offending: longest
//! category: type
use comprehensions::comp;

fn main() {
    let words = vec!["kayak", "level", "rotator", "abc"];
    let longest = comp!((w.len() for w in &words if w.chars().eq(w.chars().rev()))).max();
    println!("longest palindrome: {} letters", longest);
}
