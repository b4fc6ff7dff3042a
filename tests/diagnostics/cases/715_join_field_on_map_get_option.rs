//! mistake: joins orders to users with `users.get(..)` and reads `.name` straight off the Option, as on a dict lookup in Python
//! offending: name.clone()
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

struct User {
    name: String,
}

struct Order {
    id: u32,
    user_id: u32,
}

fn main() {
    let users: HashMap<u32, User> = HashMap::from([(1, User { name: "ann".to_string() })]);
    let orders = vec![Order { id: 10, user_id: 1 }, Order { id: 11, user_id: 1 }];
    let joined = comp![(o.id, users.get(&o.user_id).name.clone()) for o in &orders];
    println!("{joined:?}");
}
