//! mistake: in a nested `for` over owned orders, the element moves `o.customer` once per item
//! offending: o.customer
//! category: ownership
use comprehensions::comp;

struct Order {
    customer: String,
    items: Vec<String>,
}

fn main() {
    let orders = vec![Order { customer: "ann".into(), items: vec!["tea".into(), "jam".into()] }];
    let lines = comp![(o.customer, item) for o in orders for item in o.items];
    println!("{lines:?}");
}
