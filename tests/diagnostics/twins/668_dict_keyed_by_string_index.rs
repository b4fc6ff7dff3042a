//! mistake: keys a dict by a word's first letter written `w[0]`, indexing a `&str` by position as in Python
//! offending: w[0]
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let words = vec!["apple", "banana", "cherry"];
    let mut by_initial = HashMap::new();
    for w in &words {
        by_initial.insert(w[0], w);
    }
    println!("{by_initial:?}");
}
