//! mistake: inventory dataclass: a conditional element moves a `String` field out of each borrowed item (`i.name if .. else i.sku` over `&inventory`)
//! offending: i.name
//! category: ownership
use comprehensions::comp;

struct Item {
    sku: String,
    name: String,
    qty: u32,
}

fn main() {
    let inventory = vec![
        Item { sku: "B-1".into(), name: "bolt".into(), qty: 4 },
        Item { sku: "N-2".into(), name: "nut".into(), qty: 0 },
    ];
    // Python: labels = [i.name if i.qty > 0 else i.sku for i in inventory]
    let labels = comp![i.name if i.qty > 0 else i.sku for i in &inventory];
    println!("{labels:?} {}", inventory.len());
}
