//! mistake: indexing structs by id, `{u.id: u for u in users}`, over `&users` into a `HashMap<u32, User>` (the values are `&User`)
//! offending: user.id: user
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

#[derive(Debug)]
struct User {
    id: u32,
    name: String,
}

fn main() {
    let users = vec![User { id: 1, name: "ann".into() }, User { id: 2, name: "bob".into() }];
    // Python: by_id = {u.id: u for u in users}
    let by_id: HashMap<u32, User> = comp!({user.id: user for user in &users});
    println!("{:?} {}", by_id.get(&1), users.len());
}
