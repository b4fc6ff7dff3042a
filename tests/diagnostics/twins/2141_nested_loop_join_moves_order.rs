//! mistake: a nested-loop join that moves each owned order into the result inside the inner loop
//! offending: (o, c.name.clone())
//! category: ownership

#[derive(Debug)]
struct Order {
    id: u32,
    customer_id: u32,
    total: f64,
}

struct Customer {
    id: u32,
    name: String,
}

fn main() {
    let orders = vec![
        Order { id: 1, customer_id: 7, total: 40.0 },
        Order { id: 2, customer_id: 9, total: 12.5 },
    ];
    let customers = vec![
        Customer { id: 7, name: "Acme".into() },
        Customer { id: 9, name: "Globex".into() },
    ];
    let mut joined: Vec<(Order, String)> = Vec::new();
    for o in orders {
        for c in &customers {
            if o.customer_id == c.id {
                joined.push((o, c.name.clone()));
            }
        }
    }
    println!("{joined:?}");
}
