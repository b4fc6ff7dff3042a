//! mistake: wrote the dict comprehension's key/value separator as `=>` instead of `:`
//! offending: =>
//! category: syntax
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let rules: Vec<(&str, Vec<&str>)> = vec![
        ("greet", vec!["hi", "hello", "hey"]),
        ("bye", vec!["bye", "see you"]),
    ];
    let pattern_counts: HashMap<&str, usize> = comp!({*intent => pats.len() for (intent, pats) in &rules});
    println!("{pattern_counts:?}");
}
