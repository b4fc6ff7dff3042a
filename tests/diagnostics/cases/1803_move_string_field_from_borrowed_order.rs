//! mistake: a `String` field moved out of a borrowed order in the element (Python shares the reference)
//! offending: o.customer
//! category: ownership
use comprehensions::comp;

struct Order {
    customer: String,
    total: f64,
}

fn main() {
    let orders = vec![Order { customer: "ann".into(), total: 9.5 }, Order { customer: "bob".into(), total: 3.0 }];
    let customers: Vec<String> = comp![o.customer for o in &orders if o.total > 5.0];
    println!("{customers:?} of {}", orders.len());
}
