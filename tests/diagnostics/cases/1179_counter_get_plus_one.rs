//! mistake: Python's `Counter` arithmetic `counts[w] + 1` as `counts.get(w) + 1`: `get` returns an `Option<&u32>`, not a count defaulting to 0
//! offending: counts.get(w) + 1
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let counts: HashMap<&str, u32> = HashMap::from([("a", 2), ("b", 1)]);
    let new_words = ["a", "c"];
    let bumped = comp!({w: counts.get(w) + 1 for w in new_words});
    println!("{bumped:?}");
}
