//! mistake: Python's `dict.get(key, default)` with two arguments to price line items
//! offending: prices.get(sku, 0.0)
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let prices: HashMap<&str, f64> = HashMap::from([("apple", 0.5), ("pear", 0.8)]);
    let items = vec![("apple", 3.0), ("kiwi", 2.0)];
    let totals = comp![prices.get(sku, 0.0) * qty for (sku, qty) in &items];
    println!("{totals:?}");
}
