//! mistake: the key `u.name` moves out of `u`, which is then the value
//! offending: u
//! category: ownership
use std::collections::HashMap;

struct User {
    name: String,
    admin: bool,
}

fn main() {
    let users = vec![User { name: "ann".into(), admin: true }];
    let mut by_name = HashMap::new();
    for u in users {
        by_name.insert(u.name, u);
    }
    println!("{}", by_name.values().filter(|u| u.admin).count());
}
