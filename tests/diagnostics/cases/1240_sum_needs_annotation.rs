//! mistake: Python's `total = sum(o.qty * o.price for o in self.orders)` as `.sum()` on a lazy form: `total` needs a type (`let total: u64`)
//! offending: total
//! category: type
use comprehensions::comp;

struct Order {
    qty: u64,
    price: u64,
}

struct Invoice {
    orders: Vec<Order>,
}

impl Invoice {
    fn describe(&self) -> String {
        let total = comp!((o.qty * o.price for o in &self.orders)).sum();
        format!("total: {total}")
    }
}

fn main() {
    let inv = Invoice { orders: vec![Order { qty: 2, price: 10 }] };
    println!("{}", inv.describe());
}
