//! mistake: `__init__`'s dict comprehension ported with the `&str` names as keys of a `HashMap<String, u32>` field
//! offending: name
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

struct Inventory {
    stock: HashMap<String, u32>,
}

impl Inventory {
    fn new(items: &[(&str, u32)]) -> Self {
        Inventory { stock: comp!({name: qty for &(name, qty) in items}) }
    }

    fn total(&self) -> u32 {
        self.stock.values().sum()
    }
}

fn main() {
    let inv = Inventory::new(&[("apple", 3), ("pear", 5)]);
    println!("{}", inv.total());
}
