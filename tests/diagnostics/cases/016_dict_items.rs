//! mistake: Python's `.items()` on a HashMap
//! offending: items
//! category: python-habit
use std::collections::HashMap;

use comprehensions::comp;

fn main() {
    let prices: HashMap<&str, f64> = HashMap::from([("tea", 3.0), ("cake", 4.5)]);
    let with_tax = comp!({item: price * 1.2 for item, price in prices.items()});
    println!("{with_tax:?}");
}
