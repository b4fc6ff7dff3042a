//! mistake: Python's `prices.get(item, 0.0)` as `.get(item).unwrap_or(0.0)`: the `Option` holds `&f64`, so the default must be a reference
//! offending: 0.0
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let prices: HashMap<&str, f64> = HashMap::from([("apple", 0.5), ("pear", 0.8)]);
    let order = vec![("apple", 3.0), ("kiwi", 2.0)];
    let costs = comp![prices.get(item).unwrap_or(0.0) * qty for (item, qty) in &order];
    println!("{costs:?}");
}
