//! mistake: Python's `counts.get(w, 0)` with a default
//! offending: counts.get(w, 0)
//! category: python-habit
use std::collections::HashMap;

use comprehensions::comp;

fn main() {
    let counts: HashMap<&str, u32> = HashMap::from([("a", 3), ("the", 9)]);
    let query = ["the", "cat"];
    let freq = comp![counts.get(w, 0) for w in query];
    println!("{freq:?}");
}
