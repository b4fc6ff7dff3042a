//! mistake: dropped the pick list while a lazy generator over it was still to be consumed
//! offending: picks_today
//! category: ownership
use comprehensions::comp;

#[derive(Debug)]
struct Pick {
    sku: String,
    bin: String,
    qty: u32,
}

fn picks() -> Vec<Pick> {
    vec![
        Pick { sku: "SKU-1001".to_string(), bin: "A-01-3".to_string(), qty: 4 },
        Pick { sku: "SKU-2040".to_string(), bin: "C-12-1".to_string(), qty: 1 },
    ]
}

fn main() {
    let picks_today = picks();
    let skus = comp!((p.sku.as_str() for p in &picks_today if p.qty > 0));
    drop(picks_today);
    for sku in skus {
        println!("{sku}");
    }
}
