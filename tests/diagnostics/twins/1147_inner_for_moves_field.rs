//! mistake: the inner `for` iterates a `Vec` field of an outer item borrowed from `&orders` by value (`o.items`), moving out of the borrow
//! offending: o.items
//! category: ownership
struct Item {
    sku: String,
    qty: u32,
}

struct Order {
    id: u32,
    items: Vec<Item>,
}

fn main() {
    let orders = vec![Order { id: 1, items: vec![Item { sku: "A1".into(), qty: 2 }] }];
    let mut lines = Vec::new();
    for o in &orders {
        for i in o.items {
            if i.qty > 0 {
                lines.push((o.id, i.sku, i.qty));
            }
        }
    }
    println!("{} orders, {} lines", orders.len(), lines.len());
}
