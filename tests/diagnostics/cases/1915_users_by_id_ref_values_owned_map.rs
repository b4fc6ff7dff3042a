//! mistake: translated `{u.id: u for u in users}` over a borrowed slice, so the values are `&User` where the function returns owned `User`s (Python shares the objects; here they need `.clone()`)
//! offending: u.id: u
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

#[derive(Debug, Clone)]
struct User {
    id: u64,
    name: String,
}

fn index_by_id(users: &[User]) -> HashMap<u64, User> {
    comp!({u.id: u for u in users})
}

fn main() {
    let users = vec![
        User { id: 1, name: "ann".into() },
        User { id: 2, name: "bob".into() },
    ];
    let idx = index_by_id(&users);
    println!("{:?}", idx.get(&1).map(|u| &u.name));
}
