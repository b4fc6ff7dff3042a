//! mistake: left-joined orders to customers and read `.name` straight off `HashMap::get`'s `Option`
//! offending: name
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

struct Customer {
    id: u32,
    name: String,
}

struct Order {
    id: u32,
    customer_id: u32,
}

fn main() {
    let customers = vec![
        Customer { id: 7, name: "Acme".into() },
        Customer { id: 9, name: "Globex".into() },
    ];
    let orders = vec![Order { id: 1, customer_id: 7 }, Order { id: 2, customer_id: 8 }];
    let by_id: HashMap<u32, &Customer> = comp!({c.id: c for c in &customers});
    // Python: joined = [(o.id, by_id[o.customer_id].name) for o in orders]
    let joined: Vec<(u32, String)> = comp![(o.id, by_id.get(&o.customer_id).name.clone()) for o in &orders];
    println!("{joined:?}");
}
