//! mistake: joined `[(u.name, o.total) for u in users for o in orders if o.user_id == u.id]` with the inner `for` over `orders` by value, which moves it on the first user
//! offending: o in orders
//! category: ownership
struct User {
    id: u32,
    name: String,
}

struct Order {
    user_id: u32,
    total: f64,
}

fn main() {
    let users = vec![User { id: 1, name: "ann".into() }, User { id: 2, name: "bob".into() }];
    let orders = vec![Order { user_id: 1, total: 9.5 }, Order { user_id: 2, total: 20.0 }];
    let mut report = Vec::new();
    for u in &users {
        for o in orders {
            if o.user_id == u.id {
                report.push((u.name.clone(), o.total));
            }
        }
    }
    println!("{report:?}");
}
