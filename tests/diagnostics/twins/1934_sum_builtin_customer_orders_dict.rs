//! mistake: called Python's builtin `sum(o.total for o in c.orders)` for each customer's lifetime value
//! offending: sum
//! category: python-habit
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
    let ltv: HashMap<String, u64> = customers.iter().map(|c| (c.name.clone(), sum(c.orders.iter().map(|o| o.total)))).collect();
    println!("{ltv:?}");
}
