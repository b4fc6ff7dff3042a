//! mistake: `[]` as the map's value is an empty array, not a growable list
//! offending: push
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let keys = vec!["red", "blue"];
    let mut buckets = HashMap::new();
    for k in &keys {
        buckets.insert(*k, []);
    }
    buckets.get_mut("red").unwrap().push(7);
    println!("{:?}", buckets);
}
