//! mistake: numbered seats with Python's builtin `enumerate(..)` instead of `.iter().enumerate()`
//! offending: enumerate
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let roster = vec!["Kai".to_string(), "Lena".to_string(), "Milo".to_string()];
    let mut seating = HashMap::new();
    for (seat, name) in enumerate(&roster) {
        seating.insert(name.as_str(), seat + 1);
    }
    println!("{seating:?}");
}
