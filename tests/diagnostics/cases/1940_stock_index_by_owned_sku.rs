//! mistake: looked stock up as Python's `stock[p.sku]`, indexing a `HashMap<String, u32>` with the `String` itself instead of a reference
//! offending: stock[p.sku]
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

struct Product {
    sku: String,
}

fn main() {
    let stock: HashMap<String, u32> = HashMap::from([("A-1".to_string(), 4)]);
    let products = vec![Product { sku: "A-1".into() }];
    let levels = comp![(p.sku.clone(), stock[p.sku]) for p in &products];
    println!("{levels:?}");
}
