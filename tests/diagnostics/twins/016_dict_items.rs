//! mistake: Python's `.items()` on a HashMap (hand-written)
use std::collections::HashMap;

fn main() {
    let prices: HashMap<&str, f64> = HashMap::from([("tea", 3.0), ("cake", 4.5)]);
    let mut with_tax = HashMap::new();
    for (item, price) in prices.items() {
        with_tax.insert(item, price * 1.2);
    }
    println!("{with_tax:?}");
}
