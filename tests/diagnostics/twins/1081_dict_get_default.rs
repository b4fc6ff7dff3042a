//! mistake: Python's d.get(k, 0) with a default argument
//! offending: counts.get(k, 0)
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let counts: HashMap<&str, u32> = HashMap::from([("apple", 3), ("pear", 1)]);
    let wanted = ["apple", "kiwi", "pear"];
    let mut stock = HashMap::new();
    for k in wanted {
        stock.insert(k, counts.get(k, 0));
    }
    println!("{stock:?}");
}
