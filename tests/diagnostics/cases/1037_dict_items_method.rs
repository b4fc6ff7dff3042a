//! mistake: Python's `for k, vs in groups.items()` over a `HashMap` of vectors
//! offending: items
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let groups: HashMap<String, Vec<u32>> = HashMap::from([("a".to_string(), vec![1, 2])]);
    let sizes = comp!({k.clone(): vs.len() for k, vs in groups.items()});
    println!("{sizes:?}");
}
