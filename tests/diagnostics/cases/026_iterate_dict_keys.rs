//! mistake: iterating a HashMap as Python iterates a dict's keys
//! offending: name.to_uppercase()
//! category: python-habit
use std::collections::HashMap;

use comprehensions::comp;

fn main() {
    let ages: HashMap<String, u32> = HashMap::from([("ana".to_string(), 34), ("bo".to_string(), 17)]);
    let shouted = comp![name.to_uppercase() for name in &ages];
    println!("{shouted:?}");
}
