//! mistake: left-joined orders to customers and read `.name` straight off `HashMap::get`'s `Option`
//! offending: name
//! category: type
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
    let by_id: HashMap<u32, &Customer> = customers.iter().map(|c| (c.id, c)).collect();
    let joined: Vec<(u32, String)> = orders
        .iter()
        .map(|o| (o.id, by_id.get(&o.customer_id).name.clone()))
        .collect();
    println!("{joined:?}");
}
