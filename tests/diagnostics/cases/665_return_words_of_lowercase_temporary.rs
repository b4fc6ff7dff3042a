//! mistake: returns the words of `line.trim().to_lowercase()` as `&str`s borrowed from the temporary lowercase String, as Python's `line.strip().lower().split()` could
//! offending: comp![w for w in line.trim().to_lowercase().split(' ') if !w.is_empty()]
//! category: ownership
// The returned value is the offending expression: rustc blames it whole
// (E0515), by hand as in the comprehension.
use comprehensions::comp;

fn words(line: &str) -> Vec<&str> {
    comp![w for w in line.trim().to_lowercase().split(' ') if !w.is_empty()]
}

fn main() {
    let ws = words("  The Quick brown FOX ");
    println!("{ws:?}");
}
