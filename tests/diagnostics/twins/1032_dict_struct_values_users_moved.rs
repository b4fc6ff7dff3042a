//! mistake: a loop over `users` by value moves the vector, which is used again afterwards
//! offending: users
//! category: ownership
use std::collections::HashMap;

#[derive(Debug)]
struct User {
    id: u32,
    name: String,
}

fn main() {
    let users = vec![User { id: 1, name: "ann".into() }, User { id: 2, name: "bo".into() }];
    let mut by_id = HashMap::new();
    for u in users {
        by_id.insert(u.id, u);
    }
    println!("{} users, {:?}", users.len(), by_id.get(&1).map(|u| &u.name));
}
