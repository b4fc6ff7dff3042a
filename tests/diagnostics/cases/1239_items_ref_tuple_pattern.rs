//! mistake: `for &(name, qty) in &self.orders` over a `BTreeMap`: its iterator yields `(&K, &V)` tuples, not references to tuples
//! offending: &(name, qty)
//! category: python-habit
use comprehensions::comp;
use std::collections::BTreeMap;

struct Ledger {
    orders: BTreeMap<String, u32>,
}

impl Ledger {
    fn big_orders(&self) -> Vec<String> {
        comp![name.clone() for &(name, qty) in &self.orders if *qty > 10]
    }
}

fn main() {
    let l = Ledger { orders: BTreeMap::from([("acme".to_string(), 12), ("zed".to_string(), 1)]) };
    println!("{:?}", l.big_orders());
}
