//! mistake: dropped the second `for` when joining users with their orders, `for u in &users o in &orders`
//! offending: o in &orders
//! category: syntax
use comprehensions::comp;

struct User {
    id: u32,
    name: String,
}

struct Order {
    id: u32,
    user_id: u32,
}

fn main() {
    let users = vec![User { id: 1, name: "ann".into() }];
    let orders = vec![Order { id: 10, user_id: 1 }];
    let pairs = comp![(u.name.clone(), o.id) for u in &users o in &orders if o.user_id == u.id];
    println!("{pairs:?}");
}
