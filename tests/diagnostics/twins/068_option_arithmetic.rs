//! mistake: arithmetic on `map.get(k)` as if it were Python's `d[k]` (hand-written)
use std::collections::HashMap;

fn main() {
    let stock: HashMap<&str, u32> = HashMap::from([("apple", 4), ("pear", 2)]);
    let basket = ["apple", "pear"];
    let left: Vec<u32> = basket.iter().map(|item| stock.get(item) - 1).collect();
    println!("{left:?}");
}
