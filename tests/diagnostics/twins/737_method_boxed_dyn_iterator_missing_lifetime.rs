//! mistake: returns a lazy comprehension over `&self.items` as `Box<dyn Iterator<Item = &Item>>`, whose trait object defaults to `'static`
//! offending: Box::new(
//! category: ownership
struct Item {
    name: String,
    qty: u32,
}

struct Inventory {
    items: Vec<Item>,
}

impl Inventory {
    fn in_stock(&self) -> Box<dyn Iterator<Item = &Item>> {
        Box::new(self.items.iter().filter(|i| i.qty > 0))
    }
}

fn main() {
    let inv = Inventory { items: vec![Item { name: "bolt".to_string(), qty: 3 }] };
    for i in inv.in_stock() {
        println!("{}", i.name);
    }
}
