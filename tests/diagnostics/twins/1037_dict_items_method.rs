//! mistake: Python's `for k, vs in groups.items()` over a `HashMap` of vectors
//! offending: items
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let groups: HashMap<String, Vec<u32>> = HashMap::from([("a".to_string(), vec![1, 2])]);
    let mut sizes = HashMap::new();
    for (k, vs) in groups.items() {
        sizes.insert(k.clone(), vs.len());
    }
    println!("{sizes:?}");
}
