//! mistake: called Python's builtin `sum(o.total for o in c.orders)` for each customer's lifetime value
//! offending: sum
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

struct Order {
    total: u64,
}

struct Customer {
    name: String,
    orders: Vec<Order>,
}

fn main() {
    let customers = vec![Customer { name: "acme".into(), orders: vec![Order { total: 10 }, Order { total: 5 }] }];
    let ltv: HashMap<String, u64> = comp!({c.name.clone(): sum(o.total for o in &c.orders) for c in &customers});
    println!("{ltv:?}");
}
