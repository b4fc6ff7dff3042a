//! mistake: Python's `k in d.keys()` as a filter (Keys has no contains: d.contains_key(k))
//! offending: w in prices.keys()
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let prices: HashMap<&str, f64> = HashMap::from([("apple", 1.2), ("pear", 0.8)]);
    let basket = vec!["apple", "kiwi", "pear"];
    let known = comp![w for w in &basket if w in prices.keys()];
    println!("{known:?}");
}
