//! mistake: a conditional element truncating long words: one branch is the `&String`, the other a new `String`
//! offending: format!("{}...", &w[..8])
//! category: type
fn main() {
    let words: Vec<String> = vec!["short".into(), "a-very-long-word".into()];
    let shown: Vec<_> = words.iter().map(|w| if w.len() <= 8 { w } else { format!("{}...", &w[..8]) }).collect();
    println!("{shown:?}");
}
