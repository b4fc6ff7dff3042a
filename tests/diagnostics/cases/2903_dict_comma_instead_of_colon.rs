//! mistake: separated a dict comprehension's key and value with a comma instead of a colon
//! offending: ,
//! category: syntax
use comprehensions::comp;
use std::collections::HashMap;

struct Product {
    sku: String,
    price_cents: u64,
}

fn main() {
    let catalog = vec![Product { sku: "BIKE".into(), price_cents: 49900 }, Product { sku: "BELL".into(), price_cents: 799 }];
    let price_of: HashMap<String, u64> = comp!({p.sku.clone(), p.price_cents for p in &catalog});
    println!("{price_of:?}");
}
