//! mistake: `dict((i.sku, i.qty) for i in items)` collected into a `HashMap<String, u32>` from `&str` keys
//! offending: collect()
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

struct Item {
    sku: String,
    qty: u32,
}

fn main() {
    let items = vec![Item { sku: "A1".into(), qty: 4 }, Item { sku: "B2".into(), qty: 0 }];
    let stock: HashMap<String, u32> = comp!(((i.sku.as_str(), i.qty) for i in &items)).collect();
    println!("{stock:?}");
}
