//! mistake: Python's `d.get(k, 0)` with a default argument, in a dict value
//! offending: prev.get(w, 0)
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let prev: HashMap<&str, u32> = HashMap::from([("a", 2)]);
    let words = vec!["a", "b"];
    let next = comp!({*w: prev.get(w, 0) + 1 for w in &words});
    println!("{next:?}");
}
