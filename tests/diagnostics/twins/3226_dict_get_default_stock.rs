//! mistake: read the stock level with Python's `dict.get(key, default)`
//! offending: stock.get(&d.sku, 0)
//! category: python-habit
use std::collections::HashMap;

struct Dish {
    sku: String,
    name: String,
}

fn main() {
    let menu = vec![
        Dish { sku: "BRG-01".into(), name: "smash burger".into() },
        Dish { sku: "SLD-02".into(), name: "greek salad".into() },
    ];
    let stock: HashMap<String, u32> = HashMap::from([("BRG-01".to_string(), 12)]);
    let portions: HashMap<String, _> = menu.iter().map(|d| (d.name.clone(), stock.get(&d.sku, 0))).collect();
    println!("{portions:?}");
}
