//! mistake: `i.clone()` on a `&Item` whose type is not `Clone` (hand-written)
struct Item {
    sku: String,
    qty: u32,
}

fn main() {
    let inventory = vec![Item { sku: "B-1".into(), qty: 2 }, Item { sku: "N-2".into(), qty: 9 }];
    let restock: Vec<&Item> = inventory.iter().filter(|i| i.qty < 5).map(|i| i.clone()).collect();
    for i in &restock {
        println!("{} {}", i.sku, i.qty);
    }
}
