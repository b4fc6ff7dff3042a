//! mistake: grouping `{c: [o.id for o in orders if o.customer == c] for c in customers}` compares a `String` field with the `&String` loop variable
//! offending: o.customer == c
//! category: type
use std::collections::HashMap;

struct Order {
    id: u32,
    customer: String,
}

fn orders_by_customer(customers: &[String], orders: &[Order]) -> HashMap<String, Vec<u32>> {
    let mut groups = HashMap::new();
    for c in customers {
        let mut ids = Vec::new();
        for o in orders {
            if o.customer == c {
                ids.push(o.id);
            }
        }
        groups.insert(c.clone(), ids);
    }
    groups
}

fn main() {
    let customers = vec!["acme".to_string(), "globex".to_string()];
    let orders = vec![
        Order { id: 1, customer: "acme".into() },
        Order { id: 2, customer: "globex".into() },
        Order { id: 3, customer: "acme".into() },
    ];
    println!("{:?}", orders_by_customer(&customers, &orders));
}
