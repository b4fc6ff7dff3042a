//! mistake: a nested-loop join of users and orders whose inner `for` takes the orders `Vec` by value, consumed on the first user
//! offending: orders
//! category: ownership
use comprehensions::comp;

struct User {
    id: u32,
}

struct Order {
    user_id: u32,
    total: f64,
}

fn main() {
    let users = vec![User { id: 1 }, User { id: 2 }];
    let orders = vec![Order { user_id: 1, total: 9.0 }, Order { user_id: 2, total: 4.5 }];
    let joined = comp![(u.id, o.total) for u in users for o in orders if o.user_id == u.id];
    println!("{joined:?}");
}
