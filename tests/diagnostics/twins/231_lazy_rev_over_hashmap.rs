//! mistake: `.rev()` on an iterator chain over a `HashMap` (hand-written)
use std::collections::HashMap;

fn main() {
    let hits: HashMap<String, u32> = [("/".to_string(), 10), ("/api".to_string(), 3)].into_iter().collect();
    for path in hits.iter().filter(|(_, n)| **n > 1).map(|(p, _)| p).rev() {
        println!("{path}");
    }
}
