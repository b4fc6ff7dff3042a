//! mistake: Python's `dict.items()` to iterate the pairs of a level counter
//! offending: items
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let mut counts: HashMap<&str, u32> = HashMap::new();
    for lvl in ["INFO", "WARN", "INFO"] {
        *counts.entry(lvl).or_insert(0) += 1;
    }
    let mut doubled = HashMap::new();
    for (k, v) in counts.items() {
        doubled.insert(k, v * 2);
    }
    println!("{doubled:?}");
}
