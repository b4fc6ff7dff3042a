//! mistake: iterating a HashMap as Python iterates a dict's keys (hand-written)
use std::collections::HashMap;

fn main() {
    let ages: HashMap<String, u32> = HashMap::from([("ana".to_string(), 34), ("bo".to_string(), 17)]);
    let mut shouted = Vec::new();
    for name in &ages {
        shouted.push(name.to_uppercase());
    }
    println!("{shouted:?}");
}
