//! mistake: the inner `for` iterates an owned `Vec` (`files`) by value, consumed by the first outer iteration (Python lists can be iterated again)
//! offending: files
//! category: python-habit
use comprehensions::comp;

fn main() {
    let dirs = vec!["src".to_string(), "tests".to_string()];
    let files = vec!["mod.rs".to_string(), "util.rs".to_string()];
    let paths = comp![format!("{d}/{f}") for d in &dirs for f in files];
    println!("{paths:?}");
}
