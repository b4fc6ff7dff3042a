//! mistake: collects `&str` words borrowed from each owned `line`, which is dropped at the end of its iteration
//! offending: line.split_whitespace()
//! category: ownership
use comprehensions::comp;

fn read_lines() -> Vec<String> {
    vec!["the quick brown fox".to_string(), "jumps over the lazy dog".to_string()]
}

fn main() {
    // Python: words = [w for line in read_lines() for w in line.split() if len(w) > 3]
    let words = comp![w for line in read_lines() for w in line.split_whitespace() if w.len() > 3];
    println!("{words:?}");
}
