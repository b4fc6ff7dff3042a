//! mistake: moved each order's `customer` String out of a borrowed order (no `.clone()`)
//! offending: o.customer
//! category: ownership
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
    let mut vip_names: Vec<String> = Vec::new();
    for o in &orders {
        if o.vip {
            vip_names.push(o.customer);
        }
    }
    println!("{vip_names:?} of {} orders", orders.len());
}
