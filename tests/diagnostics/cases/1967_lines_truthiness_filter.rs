//! mistake: skipped blank lines with Python's truthiness test `if l.strip()`, written `if l.trim()` (a `&str`, not a `bool`)
//! offending: if l.trim()
//! category: python-habit
use comprehensions::comp;

fn main() {
    let text = "first\n\n   \nsecond\nthird\n";
    let entries: Vec<&str> = comp![l.trim() for l in text.lines() if l.trim()];
    println!("{entries:?}");
}
