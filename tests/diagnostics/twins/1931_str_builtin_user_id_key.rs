//! mistake: kept Python's `str(u.id)` to build string keys for a JSON-ish map
//! offending: str(u.id)
//! category: python-habit
use std::collections::HashMap;

struct User {
    id: u64,
    name: String,
}

fn main() {
    let users = vec![User { id: 1, name: "ann".into() }, User { id: 2, name: "bob".into() }];
    let mut payload: HashMap<String, String> = HashMap::new();
    for u in &users {
        payload.insert(str(u.id), u.name.clone());
    }
    println!("{payload:?}");
}
