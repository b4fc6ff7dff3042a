//! mistake: `perms.get(u.role)` passes the `String` field by value where `HashMap::get` takes a reference (Python's `perms.get(u.role)`)
//! offending: u.role
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

struct User {
    name: String,
    role: String,
}

fn main() {
    let perms: HashMap<String, Vec<String>> = HashMap::from([("admin".to_string(), vec!["write".to_string()])]);
    let users = vec![User { name: "ann".to_string(), role: "admin".to_string() }];
    let grants = comp![(u.name.as_str(), perms.get(u.role).map_or(0, |p| p.len())) for u in &users];
    println!("{grants:?}");
}
