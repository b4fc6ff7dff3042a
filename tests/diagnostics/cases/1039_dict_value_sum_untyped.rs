//! mistake: a dict whose values are `vs.iter().sum()` with no type for the sum
//! offending: sum
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let groups: HashMap<&str, Vec<u64>> = HashMap::from([("a", vec![1, 2]), ("b", vec![5])]);
    let totals = comp!({*k: vs.iter().sum() for (k, vs) in &groups});
    println!("{totals:?}");
}
