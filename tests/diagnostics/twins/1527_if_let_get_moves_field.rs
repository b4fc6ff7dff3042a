//! mistake: the element moves a `String` field out of the reference `HashMap::get` gave to `if let`
//! offending: it.name
//! category: ownership
use std::collections::HashMap;

struct Item {
    name: String,
    qty: u32,
}

fn main() {
    let mut stock: HashMap<u32, Item> = HashMap::new();
    stock.insert(1, Item { name: "bolt".into(), qty: 40 });
    stock.insert(2, Item { name: "nut".into(), qty: 0 });
    let ids = vec![1, 2, 9];
    let mut names = Vec::new();
    for id in &ids {
        if let Some(it) = stock.get(id) {
            if it.qty > 0 {
                names.push(it.name);
            }
        }
    }
    println!("{names:?}");
}
