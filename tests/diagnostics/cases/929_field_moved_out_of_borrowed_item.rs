//! mistake: the element moves a `String` field out of each borrowed order in a `&self` method
//! offending: o.customer
//! category: ownership
use comprehensions::comp;

struct Order {
    customer: String,
    paid: bool,
}

struct Ledger {
    orders: Vec<Order>,
}

impl Ledger {
    fn unpaid_customers(&self) -> Vec<String> {
        comp![o.customer for o in &self.orders if !o.paid]
    }
}

fn main() {
    let l = Ledger { orders: vec![Order { customer: "ann".into(), paid: false }] };
    println!("{:?}", l.unpaid_customers());
}
