//! mistake: inventory dataclass: moving a `String` field out of each borrowed item in an `if`/`else` (hand-written)
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
    let labels: Vec<String> =
        inventory.iter().map(|i| if i.qty > 0 { i.name } else { i.sku }).collect();
    println!("{labels:?} {}", inventory.len());
}
