//! mistake: collects `&str` words split from a per-line temporary (`line.to_lowercase()`), which is dropped after each outer iteration
//! offending: line.to_lowercase()
//! category: ownership
use comprehensions::comp;

fn main() {
    let text = vec!["The Cat".to_string(), "a DOG".to_string()];
    let words: Vec<&str> = comp![w for line in &text for w in line.to_lowercase().split(' ') if !w.is_empty()];
    println!("{words:?}");
}
