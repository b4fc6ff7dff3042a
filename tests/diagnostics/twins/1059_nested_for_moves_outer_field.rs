//! mistake: in nested loops over owned orders, the push moves `o.customer` once per item
//! offending: o.customer
//! category: ownership
struct Order {
    customer: String,
    items: Vec<String>,
}

fn main() {
    let orders = vec![Order { customer: "ann".into(), items: vec!["tea".into(), "jam".into()] }];
    let mut lines = Vec::new();
    for o in orders {
        for item in o.items {
            lines.push((o.customer, item));
        }
    }
    println!("{lines:?}");
}
