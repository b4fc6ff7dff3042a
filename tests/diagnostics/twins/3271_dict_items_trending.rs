//! mistake: iterated a `HashMap` with Python's `.items()`
//! offending: items
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let mut counts: HashMap<String, u32> = HashMap::new();
    for tag in ["#rust", "#go", "#rust", "#rust", "#zig", "#go"] {
        *counts.entry(tag.to_string()).or_default() += 1;
    }
    let mut trending = HashMap::new();
    for (tag, n) in counts.items() {
        if *n >= 2 {
            trending.insert(tag.clone(), *n);
        }
    }
    println!("{trending:?}");
}
