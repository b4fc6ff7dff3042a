//! mistake: arithmetic on `map.get(k)` as if it were Python's `d[k]`
//! offending: stock.get(item) - 1
//! category: type
use std::collections::HashMap;

use comprehensions::comp;

fn main() {
    let stock: HashMap<&str, u32> = HashMap::from([("apple", 4), ("pear", 2)]);
    let basket = ["apple", "pear"];
    let left = comp![stock.get(item) - 1 for item in basket];
    println!("{left:?}");
}
