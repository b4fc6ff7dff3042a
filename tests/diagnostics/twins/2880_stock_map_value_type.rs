//! mistake: built a `HashMap<String, u32>` of stock from an `i64` quantity field
//! offending: p.on_hand
//! category: type
use std::collections::HashMap;

struct Product {
    sku: String,
    on_hand: i64,
}

fn reorder(stock: &HashMap<String, u32>) -> Vec<&String> {
    stock.iter().filter(|(_, q)| **q < 10).map(|(s, _)| s).collect()
}

fn main() {
    let products = vec![
        Product { sku: "CABLE-USB".into(), on_hand: 4 },
        Product { sku: "CHARGER".into(), on_hand: 40 },
    ];
    let mut stock: HashMap<String, u32> = HashMap::new();
    for p in &products {
        stock.insert(p.sku.clone(), p.on_hand);
    }
    println!("{:?}", reorder(&stock));
}
