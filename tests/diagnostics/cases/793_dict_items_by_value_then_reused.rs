//! mistake: iterating a HashMap by value (Python's d.items()) moves it; it is used afterwards
//! offending: scores
//! category: ownership
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let scores: HashMap<String, u32> = HashMap::from([("ann".to_string(), 12), ("bob".to_string(), 7)]);
    let winners = comp![name for (name, s) in scores if s > 10];
    println!("{winners:?} of {}", scores.len());
}
