//! mistake: indexing structs by id over `&users` into a `HashMap<u32, User>` (the values are `&User`) (hand-written)
//! offending: user
use std::collections::HashMap;

#[derive(Debug)]
struct User {
    id: u32,
    name: String,
}

fn main() {
    let users = vec![User { id: 1, name: "ann".into() }, User { id: 2, name: "bob".into() }];
    let mut by_id: HashMap<u32, User> = HashMap::new();
    for user in &users {
        by_id.insert(user.id, user);
    }
    println!("{:?} {}", by_id.get(&1), users.len());
}
