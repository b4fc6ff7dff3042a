//! mistake: Python's `set(xs)` builtin to dedupe the iterable (Rust: a `HashSet`, or a set comprehension)
//! offending: set
//! category: python-habit
use comprehensions::comp;

fn main() {
    let raw_tags = vec!["Rust", "rust", "Python", "Rust"];
    // Python: tags = [t.lower() for t in set(raw_tags)]
    let tags = comp![t.to_lowercase() for t in set(raw_tags)];
    println!("{tags:?}");
}
