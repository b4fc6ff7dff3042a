//! mistake: `if let Ok(..)` on HashMap::get, which returns an Option
//! offending: Ok(price)
//! category: type
use std::collections::HashMap;

fn main() {
    let prices: HashMap<&str, f64> = HashMap::from([("apple", 1.2), ("pear", 0.8)]);
    let basket = vec!["apple", "kiwi", "pear"];
    let mut known = Vec::new();
    for item in &basket {
        if let Ok(price) = prices.get(item) {
            known.push((item, *price));
        }
    }
    println!("{known:?}");
}
