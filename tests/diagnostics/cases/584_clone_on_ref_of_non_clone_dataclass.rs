//! mistake: inventory dataclass without `#[derive(Clone)]`: `i.clone()` in the element clones the reference, not the item
//! offending: i.clone()
//! category: lint
use comprehensions::comp;

struct Item {
    sku: String,
    qty: u32,
}

fn main() {
    let inventory = vec![Item { sku: "B-1".into(), qty: 2 }, Item { sku: "N-2".into(), qty: 9 }];
    // Python: restock = [copy.copy(i) for i in inventory if i.qty < 5]
    let restock = comp![i.clone() for i in &inventory if i.qty < 5];
    for i in &restock {
        println!("{} {}", i.sku, i.qty);
    }
}
