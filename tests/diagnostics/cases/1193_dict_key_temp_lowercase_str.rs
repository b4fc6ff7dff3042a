//! mistake: a composite dict key `(w.to_lowercase().as_str(), w.len())` borrows the lowercased `String`, a temporary dropped at once (Python's `w.lower()` is kept alive by the dict)
//! offending: w.to_lowercase()
//! category: ownership
use comprehensions::comp;

fn main() {
    let words = vec!["Apple".to_string(), "apple".to_string(), "Pear".to_string()];
    let first_seen = comp!({(w.to_lowercase().as_str(), w.len()): i for (i, w) in words.iter().enumerate()});
    println!("{first_seen:?}");
}
