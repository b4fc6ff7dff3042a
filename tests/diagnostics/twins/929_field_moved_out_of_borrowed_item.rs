//! mistake: the pushed value moves a `String` field out of each borrowed order in a `&self` method
//! offending: o.customer
//! category: ownership
struct Order {
    customer: String,
    paid: bool,
}

struct Ledger {
    orders: Vec<Order>,
}

impl Ledger {
    fn unpaid_customers(&self) -> Vec<String> {
        let mut out = Vec::new();
        for o in &self.orders {
            if !o.paid {
                out.push(o.customer);
            }
        }
        out
    }
}

fn main() {
    let l = Ledger { orders: vec![Order { customer: "ann".into(), paid: false }] };
    println!("{:?}", l.unpaid_customers());
}
