//! mistake: Python's `groups.setdefault(k, [])` called on a `HashMap`, which has no `setdefault` (it is `entry(k).or_default()`)
//! offending: setdefault
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let groups: HashMap<&str, Vec<u32>> = HashMap::from([("a", vec![1, 2]), ("b", vec![3])]);
    let keys = ["a", "b", "z"];
    let sizes = comp!({k: groups.setdefault(k, vec![]).len() for k in keys});
    println!("{sizes:?}");
}
