//! mistake: a Python dict literal `{"id": .., "name": ..}` as each element of a JSON-ish response list
//! offending: {"id": u.id.to_string(), "name": u.name.clone()}
//! category: syntax
use std::collections::HashMap;

struct User {
    id: u64,
    name: String,
}

fn main() {
    let users = vec![User { id: 1, name: "ana".into() }, User { id: 2, name: "bo".into() }];
    let payload: Vec<HashMap<&str, String>> =
        users.iter().map(|u| {"id": u.id.to_string(), "name": u.name.clone()}).collect();
    println!("{payload:?}");
}
