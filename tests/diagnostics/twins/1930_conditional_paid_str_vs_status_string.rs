//! mistake: `["paid" if o.paid else o.status for o in orders]` mixes a `&str` literal with an owned `String` in the two branches
//! offending: o.status.clone()
//! category: type
struct Order {
    paid: bool,
    status: String,
}

fn main() {
    let orders = vec![Order { paid: true, status: "new".into() }, Order { paid: false, status: "pending".into() }];
    let labels: Vec<_> = orders.iter().map(|o| if o.paid { "paid" } else { o.status.clone() }).collect();
    println!("{labels:?}");
}
