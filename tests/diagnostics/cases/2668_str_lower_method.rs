//! mistake: normalised query terms with Python's `str.lower()` instead of `to_lowercase()`
//! offending: lower()
//! category: python-habit
use comprehensions::comp;

fn main() {
    let query = "Rust Full-Text SEARCH";
    let terms: Vec<String> = comp![w.lower() for w in query.split_whitespace()];
    println!("{terms:?}");
}
