//! mistake: a conditional element truncating long words: one branch is the `&String`, the other a new `String`
//! offending: format!("{}...", &w[..8])
//! category: type
use comprehensions::comp;

fn main() {
    let words: Vec<String> = vec!["short".into(), "a-very-long-word".into()];
    let shown = comp![w if w.len() <= 8 else format!("{}...", &w[..8]) for w in &words];
    println!("{shown:?}");
}
