//! mistake: `dict((i.sku, i.qty) for i in items)` collected into a `HashMap<String, u32>` from `&str` keys
//! offending: collect()
//! category: type
use std::collections::HashMap;

struct Item {
    sku: String,
    qty: u32,
}

fn main() {
    let items = vec![Item { sku: "A1".into(), qty: 4 }, Item { sku: "B2".into(), qty: 0 }];
    let stock: HashMap<String, u32> = items.iter().map(|i| (i.sku.as_str(), i.qty)).collect();
    println!("{stock:?}");
}
