//! mistake: Python's `prices.get(item, 0.0)` as `.get(item).unwrap_or(0.0)` in a loop
//! offending: 0.0
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let prices: HashMap<&str, f64> = HashMap::from([("apple", 0.5), ("pear", 0.8)]);
    let order = vec![("apple", 3.0), ("kiwi", 2.0)];
    let mut costs = Vec::new();
    for (item, qty) in &order {
        costs.push(prices.get(item).unwrap_or(0.0) * qty);
    }
    println!("{costs:?}");
}
