//! mistake: Python's `groups.setdefault(k, [])` called on a `HashMap` in a loop
//! offending: setdefault
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let groups: HashMap<&str, Vec<u32>> = HashMap::from([("a", vec![1, 2]), ("b", vec![3])]);
    let keys = ["a", "b", "z"];
    let mut sizes = HashMap::new();
    for k in keys {
        sizes.insert(k, groups.setdefault(k, vec![]).len());
    }
    println!("{sizes:?}");
}
