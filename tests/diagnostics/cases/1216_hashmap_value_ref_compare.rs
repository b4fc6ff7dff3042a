//! mistake: `(sku, qty)` over `&self.stock` binds `qty: &u32`, compared with an integer literal as in Python
//! offending: qty > 0
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

struct Inventory {
    stock: HashMap<String, u32>,
}

impl Inventory {
    fn in_stock(&self) -> Vec<&str> {
        comp![sku.as_str() for (sku, qty) in &self.stock if qty > 0]
    }
}

fn main() {
    let inv = Inventory { stock: HashMap::from([("A-1".to_string(), 3), ("B-2".to_string(), 0)]) };
    println!("{:?}", inv.in_stock());
}
