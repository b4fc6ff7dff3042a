//! mistake: used a borrowed `&String` order id as the key of a `HashMap<String, f64>`
//! offending: &o.order_id
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

struct Order {
    order_id: String,
    total: f64,
}

fn main() {
    let orders = vec![
        Order { order_id: "A-100".into(), total: 19.5 },
        Order { order_id: "A-101".into(), total: 250.0 },
    ];
    let totals: HashMap<String, f64> = comp!({&o.order_id: o.total for o in &orders});
    println!("{totals:?}");
}
