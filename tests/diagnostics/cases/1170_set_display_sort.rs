//! mistake: Python's `sorted({t.strip().lower() for t in raw.split(',')})` kept as a set comprehension then `.sort()`ed, but a `HashSet` has no order to sort
//! offending: sort()
//! category: python-habit
use comprehensions::comp;

fn main() {
    let raw = "Rust, python ,rust,Go";
    let mut unique = comp!({t.trim().to_lowercase() for t in raw.split(',')});
    unique.sort();
    println!("{unique:?}");
}
