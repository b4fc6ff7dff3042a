//! mistake: Python's `zip(names, ages)` as a free function in a dict comprehension (hand-written)
use std::collections::HashMap;

fn main() {
    let names = vec!["ana", "bo"];
    let ages = vec![34, 17];
    let mut by_name: HashMap<&str, u32> = HashMap::new();
    for (n, a) in zip(names, ages) {
        by_name.insert(n, a);
    }
    println!("{by_name:?}");
}
