//! mistake: `__init__`'s dict-building loop ported with the `&str` names as keys of a `HashMap<String, u32>` field
//! offending: name
//! category: type
use std::collections::HashMap;

struct Inventory {
    stock: HashMap<String, u32>,
}

impl Inventory {
    fn new(items: &[(&str, u32)]) -> Self {
        let mut stock: HashMap<String, u32> = HashMap::new();
        for &(name, qty) in items {
            stock.insert(name, qty);
        }
        Inventory { stock }
    }

    fn total(&self) -> u32 {
        self.stock.values().sum()
    }
}

fn main() {
    let inv = Inventory::new(&[("apple", 3), ("pear", 5)]);
    println!("{}", inv.total());
}
