//! mistake: built `{u.id: u for u in users}` by value, then iterated `users` again for a second comprehension (Python's list is still there)
//! offending: u in &users
//! category: ownership
use std::collections::HashMap;

#[derive(Debug)]
struct User {
    id: u64,
    name: String,
}

fn main() {
    let users = vec![User { id: 1, name: "ann".into() }, User { id: 2, name: "bob".into() }];
    let mut by_id = HashMap::new();
    for u in users {
        by_id.insert(u.id, u);
    }
    let mut names = Vec::new();
    for u in &users {
        names.push(u.name.clone());
    }
    println!("{by_id:?} {names:?}");
}
