//! mistake: Python's `key in dict` to keep orders whose user exists (a semi-join)
//! offending: o.user_id in users
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

struct Order {
    id: u32,
    user_id: u32,
}

fn main() {
    let users: HashMap<u32, String> = HashMap::from([(1, "ann".to_string()), (2, "bob".to_string())]);
    let orders = vec![Order { id: 10, user_id: 1 }, Order { id: 11, user_id: 7 }];
    let known = comp![o.id for o in &orders if o.user_id in users];
    println!("{known:?}");
}
