//! mistake: returns a lazy comprehension over `&self.items` as `Box<dyn Iterator<Item = &Item>>`, whose trait object defaults to `'static`
//! offending: Box::new(
//! category: ownership
use comprehensions::comp;

struct Item {
    name: String,
    qty: u32,
}

struct Inventory {
    items: Vec<Item>,
}

impl Inventory {
    fn in_stock(&self) -> Box<dyn Iterator<Item = &Item>> {
        Box::new(comp!((i for i in &self.items if i.qty > 0)))
    }
}

fn main() {
    let inv = Inventory { items: vec![Item { name: "bolt".to_string(), qty: 3 }] };
    for i in inv.in_stock() {
        println!("{}", i.name);
    }
}
