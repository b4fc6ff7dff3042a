//! mistake: skipped quarantined bins with Python's `not in`
//! offending: not in
//! category: python-habit
use comprehensions::comp;
use std::collections::HashSet;

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
    let list = picks();
    let quarantined: HashSet<&str> = HashSet::from(["C-12-1"]);
    let pickable = comp![p.sku.as_str() for p in &list if p.bin.as_str() not in quarantined];
    println!("{pickable:?}");
}
