//! mistake: inverting a dict over `&ages` into a `HashMap<u32, String>` (hand-written)
use std::collections::HashMap;

fn main() {
    let mut ages: HashMap<String, u32> = HashMap::new();
    ages.insert("ann".to_string(), 31);
    ages.insert("bob".to_string(), 27);
    let mut by_age: HashMap<u32, String> = HashMap::new();
    for (k, v) in &ages {
        by_age.insert(v, k);
    }
    println!("{by_age:?}");
}
