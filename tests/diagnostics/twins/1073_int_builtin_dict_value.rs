//! mistake: Python's int(v) in a dict comprehension's value
//! offending: int(v)
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let line = "width=80,height=24";
    let pairs: Vec<(&str, &str)> = line.split(',').filter_map(|kv| kv.split_once('=')).collect();
    let mut dims = HashMap::new();
    for (k, v) in pairs {
        dims.insert(k, int(v));
    }
    println!("{dims:?}");
}
