//! mistake: a loop over `&users` moves `u.name` out of a borrowed struct
//! offending: u.name
//! category: ownership
use std::collections::HashMap;

struct User {
    id: u32,
    name: String,
}

fn main() {
    let users = vec![User { id: 1, name: "ann".into() }];
    let mut names = HashMap::new();
    for u in &users {
        names.insert(u.id, u.name);
    }
    println!("{names:?} of {}", users.len());
}
