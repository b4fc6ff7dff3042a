//! mistake: Python's `counts.get(w, 0) + 1` as `.get(w).unwrap_or(0)`, where `get` gives an `Option<&usize>`
//! offending: unwrap_or(0)
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let words = vec!["a", "b", "a"];
    let freq: HashMap<&str, usize> = HashMap::from([("a", 2)]);
    let next = comp!({w: freq.get(w).unwrap_or(0) + 1 for w in &words});
    println!("{next:?}");
}
