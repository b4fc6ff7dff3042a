//! mistake: Python's tuple indexing `pair[0]`, `pair[1]` instead of `pair.0`, `pair.1`
//! offending: pair[0]
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let pairs: Vec<(String, u32)> = vec![("timeout".into(), 30), ("retries".into(), 3)];
    let limits: HashMap<&str, u32> = comp!({pair[0].as_str(): pair[1] for pair in &pairs});
    println!("{limits:?}");
}
