//! mistake: returns the non-empty lines of a file read into a local String, as `&str`s that borrow the local
//! offending: comp![l.trim() for l in text.lines() if !l.trim().is_empty() && !l.starts_with('#')]
//! category: ownership
// The returned value is the offending expression: rustc blames it whole
// (E0515), by hand as in the comprehension.
use comprehensions::comp;
use std::fs;

fn config_lines(path: &str) -> Vec<&str> {
    let text = fs::read_to_string(path).unwrap_or_default();
    comp![l.trim() for l in text.lines() if !l.trim().is_empty() && !l.starts_with('#')]
}

fn main() {
    for line in config_lines("app.conf") {
        println!("{line}");
    }
}
