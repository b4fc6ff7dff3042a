//! mistake: returns the non-empty lines of a file read into a local String, as `&str`s that borrow the local
//! offending: text.lines()
//! category: ownership
use std::fs;

fn config_lines(path: &str) -> Vec<&str> {
    let text = fs::read_to_string(path).unwrap_or_default();
    text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| l.trim()).collect()
}

fn main() {
    for line in config_lines("app.conf") {
        println!("{line}");
    }
}
