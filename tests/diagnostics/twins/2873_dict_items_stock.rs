//! mistake: called Python's `.items()` on a HashMap of stock levels
//! offending: items
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let stock: HashMap<String, u32> = HashMap::from([
        ("SKU-RED-M".to_string(), 0),
        ("SKU-BLU-L".to_string(), 14),
        ("SKU-GRN-S".to_string(), 3),
    ]);
    let mut low = Vec::new();
    for (sku, qty) in stock.items() {
        if *qty < 5 {
            low.push(sku.clone());
        }
    }
    println!("{low:?}");
}
