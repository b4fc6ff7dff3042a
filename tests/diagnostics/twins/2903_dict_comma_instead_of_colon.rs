//! mistake: separated a dict comprehension's key and value with a comma instead of a colon
//! offending: insert((p.sku.clone(), p.price_cents))
//! category: syntax
use std::collections::HashMap;

struct Product {
    sku: String,
    price_cents: u64,
}

fn main() {
    let catalog = vec![Product { sku: "BIKE".into(), price_cents: 49900 }, Product { sku: "BELL".into(), price_cents: 799 }];
    let mut price_of: HashMap<String, u64> = HashMap::new();
    for p in &catalog {
        price_of.insert((p.sku.clone(), p.price_cents));
    }
    println!("{price_of:?}");
}
