//! mistake: iterated a stock `HashMap` with Python's `.items()`
//! offending: items
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let stock: HashMap<String, u32> = HashMap::from([
        ("SKU-1001".to_string(), 3),
        ("SKU-2040".to_string(), 120),
        ("SKU-3300".to_string(), 0),
    ]);
    let mut reorder = Vec::new();
    for (sku, qty) in stock.items() {
        if *qty < 10 {
            reorder.push(sku.clone());
        }
    }
    println!("{reorder:?}");
}
