//! mistake: Python's `k in d.keys()` as a filter (Keys has no contains: d.contains_key(k))
//! offending: prices.keys().contains(w)
use std::collections::HashMap;

fn main() {
    let prices: HashMap<&str, f64> = HashMap::from([("apple", 1.2), ("pear", 0.8)]);
    let basket = vec!["apple", "kiwi", "pear"];
    let mut known = Vec::new();
    for w in &basket {
        if prices.keys().contains(w) {
            known.push(w);
        }
    }
    println!("{known:?}");
}
