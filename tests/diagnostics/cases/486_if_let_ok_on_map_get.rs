//! mistake: `if let Ok(..)` on HashMap::get, which returns an Option
//! offending: Ok(price)
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let prices: HashMap<&str, f64> = HashMap::from([("apple", 1.2), ("pear", 0.8)]);
    let basket = vec!["apple", "kiwi", "pear"];
    // Python: [(item, prices[item]) for item in basket if item in prices]
    let known = comp![(item, *price) for item in &basket if let Ok(price) = prices.get(item)];
    println!("{known:?}");
}
