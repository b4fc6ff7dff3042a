//! mistake: dropped the pick list while a lazy generator over it was still to be consumed
//! offending: drop(picks_today)
//! category: ownership
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
    let skus = picks_today.iter().filter(|p| p.qty > 0).map(|p| p.sku.as_str());
    drop(picks_today);
    for sku in skus {
        println!("{sku}");
    }
}
