//! mistake: kept Python's `str(u.id)` to build string keys for a JSON-ish map
//! offending: str(u.id)
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

struct User {
    id: u64,
    name: String,
}

fn main() {
    let users = vec![User { id: 1, name: "ann".into() }, User { id: 2, name: "bob".into() }];
    let payload: HashMap<String, String> = comp!({str(u.id): u.name.clone() for u in &users});
    println!("{payload:?}");
}
