//! mistake: uses Python's `True` as the value of a dict comprehension
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let words = vec!["apple", "kiwi", "apple"];
    let mut seen = HashMap::new();
    for w in &words {
        seen.insert(w, True);
    }
    println!("{}", seen.len());
}
