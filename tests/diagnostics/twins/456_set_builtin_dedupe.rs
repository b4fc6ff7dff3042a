//! mistake: Python's `set(xs)` builtin to dedupe the iterable
//! offending: set
//! category: python-habit
fn main() {
    let raw_tags = vec!["Rust", "rust", "Python", "Rust"];
    let mut tags = Vec::new();
    for t in set(raw_tags) {
        tags.push(t.to_lowercase());
    }
    println!("{tags:?}");
}
