//! mistake: passed a default to `HashMap::get` as in Python's `dict.get(k, 0)`
//! offending: counts.get(k, &0)
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let counts: HashMap<&str, u64> = HashMap::from([("500", 3), ("200", 40)]);
    let keys = ["200", "404", "500"];
    let row: Vec<u64> = keys.iter().map(|k| *counts.get(k, &0)).collect();
    println!("{row:?}");
}
