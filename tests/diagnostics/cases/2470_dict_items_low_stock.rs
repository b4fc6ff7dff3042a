//! mistake: iterated a stock `HashMap` with Python's `.items()`
//! offending: items
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let stock: HashMap<String, u32> = HashMap::from([
        ("SKU-1001".to_string(), 3),
        ("SKU-2040".to_string(), 120),
        ("SKU-3300".to_string(), 0),
    ]);
    let reorder = comp![sku.clone() for (sku, qty) in stock.items() if *qty < 10];
    println!("{reorder:?}");
}
