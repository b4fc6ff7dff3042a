//! mistake: wrote the price lookup dict with `=>` between key and value
//! offending: =>
//! category: syntax
use comprehensions::comp;
use std::collections::HashMap;

struct CatalogItem {
    sku: String,
    price_cents: u64,
    discontinued: bool,
}

fn main() {
    let catalog = vec![
        CatalogItem { sku: "A-100".into(), price_cents: 1999, discontinued: false },
        CatalogItem { sku: "B-200".into(), price_cents: 450, discontinued: true },
    ];
    let price_of: HashMap<&str, u64> = comp!({p.sku.as_str() => p.price_cents for p in &catalog if !p.discontinued});
    println!("{price_of:?}");
}
