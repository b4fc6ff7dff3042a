//! mistake: reserved stock (a `&mut self` call) in the filter while iterating the same inventory
//! offending: inventory.reserve(&item.sku, 1)
//! category: ownership
struct Item {
    sku: String,
    on_hand: u32,
}

struct Inventory {
    items: Vec<Item>,
}

impl Inventory {
    fn reserve(&mut self, sku: &str, qty: u32) -> bool {
        match self.items.iter_mut().find(|i| i.sku == sku) {
            Some(i) if i.on_hand >= qty => {
                i.on_hand -= qty;
                true
            }
            _ => false,
        }
    }
}

fn main() {
    let mut inventory = Inventory {
        items: vec![Item { sku: "LAMP".into(), on_hand: 1 }, Item { sku: "DESK".into(), on_hand: 0 }],
    };
    let mut reserved = Vec::new();
    for item in &inventory.items {
        if inventory.reserve(&item.sku, 1) {
            reserved.push(item.sku.clone());
        }
    }
    println!("{reserved:?}");
}
