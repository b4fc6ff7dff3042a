//! mistake: used `?` on `catalog.get(s)` (an `Option`, Python's `KeyError`) in a comprehension returned as `Result<Vec<u64>, String>`
//! offending: catalog.get(s)?
//! category: try
use comprehensions::comp;
use std::collections::HashMap;

fn prices_for(skus: &[String], catalog: &HashMap<String, u64>) -> Result<Vec<u64>, String> {
    comp![*catalog.get(s)? for s in skus]
}

fn main() {
    let catalog = HashMap::from([("A-1".to_string(), 999)]);
    println!("{:?}", prices_for(&["A-1".to_string()], &catalog));
}
