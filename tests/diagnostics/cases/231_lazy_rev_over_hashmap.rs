//! mistake: `.rev()` on a lazy comprehension over a `HashMap` (Python's `reversed(...)`), which is not double-ended
//! offending: rev
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let hits: HashMap<String, u32> = [("/".to_string(), 10), ("/api".to_string(), 3)].into_iter().collect();
    // Python: for path in reversed([p for p, n in hits.items() if n > 1]): ...
    for path in comp!((p for (p, n) in &hits if *n > 1)).rev() {
        println!("{path}");
    }
}
