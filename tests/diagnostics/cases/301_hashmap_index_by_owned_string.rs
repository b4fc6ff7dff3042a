//! mistake: Python's `counts[w]` indexing a `HashMap<String, u32>` with an owned `String`
//! offending: counts[w]
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let counts: HashMap<String, u32> = [("a".to_string(), 3), ("b".to_string(), 1)].into_iter().collect();
    let wanted = vec!["a".to_string(), "b".to_string()];
    // Python: [counts[w] for w in wanted]
    let freq = comp![counts[w] for w in wanted];
    println!("{freq:?}");
}
