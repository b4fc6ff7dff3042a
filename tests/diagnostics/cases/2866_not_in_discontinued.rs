//! mistake: used Python's `not in` to exclude discontinued SKUs
//! offending: not in
//! category: python-habit
use comprehensions::comp;

struct Product {
    sku: String,
    price_cents: u32,
}

fn main() {
    let catalog = vec![
        Product { sku: "TSHIRT-S".to_string(), price_cents: 1999 },
        Product { sku: "MUG-01".to_string(), price_cents: 899 },
    ];
    let discontinued = vec!["MUG-01".to_string()];
    let listed = comp![p.sku.clone() for p in &catalog if p.sku not in discontinued];
    println!("{listed:?} {}", catalog[0].price_cents);
}
