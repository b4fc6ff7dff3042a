//! mistake: wrote the price lookup dict with `=>` between key and value
//! offending: =>
//! category: syntax
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
    let price_of: HashMap<&str, u64> = catalog
        .iter()
        .filter(|p| !p.discontinued)
        .map(|p| (p.sku.as_str() => p.price_cents))
        .collect();
    println!("{price_of:?}");
}
