//! mistake: a map whose values are `vs.iter().sum()` with no type for the sum
//! offending: sum
//! category: type
use std::collections::HashMap;

fn main() {
    let groups: HashMap<&str, Vec<u64>> = HashMap::from([("a", vec![1, 2]), ("b", vec![5])]);
    let mut totals = HashMap::new();
    for (k, vs) in &groups {
        totals.insert(*k, vs.iter().sum());
    }
    println!("{totals:?}");
}
