//! mistake: Python's `all(c.isdigit() for c in p)` as a nested generator display followed by `.all()` with no predicate
//! offending: all()
//! category: python-habit
use comprehensions::comp;

fn main() {
    let pins = vec!["1234", "12a4", "0000"];
    // Python: numeric = [p for p in pins if all(c.isdigit() for c in p)]
    let numeric = comp![p for p in &pins if (c.is_ascii_digit() for c in p.chars()).all()];
    println!("{numeric:?}");
}
