//! mistake: moved each order's `customer` String out of a borrowed order (no `.clone()`)
//! offending: o.customer
//! category: ownership
use comprehensions::comp;

struct Order {
    id: u32,
    customer: String,
    vip: bool,
}

fn main() {
    let orders = vec![
        Order { id: 1, customer: "Priya".into(), vip: true },
        Order { id: 2, customer: "Tom".into(), vip: false },
    ];
    let vip_names: Vec<String> = comp![o.customer for o in &orders if o.vip];
    println!("{vip_names:?} of {} orders", orders.len());
}
