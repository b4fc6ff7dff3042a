//! mistake: `["paid" if o.paid else o.status for o in orders]` mixes a `&str` literal with an owned `String` in the two branches
//! offending: o.status.clone()
//! category: type
use comprehensions::comp;

struct Order {
    paid: bool,
    status: String,
}

fn main() {
    let orders = vec![Order { paid: true, status: "new".into() }, Order { paid: false, status: "pending".into() }];
    let labels = comp!["paid" if o.paid else o.status.clone() for o in &orders];
    println!("{labels:?}");
}
