//! mistake: Python's `perms.get(role, [])` with a default, on a `HashMap<String, Vec<String>>`
//! offending: perms.get(&u.role, &Vec::new())
//! category: python-habit
use std::collections::HashMap;

struct User {
    name: String,
    role: String,
}

fn main() {
    let perms: HashMap<String, Vec<String>> =
        HashMap::from([("admin".to_string(), vec!["read".to_string(), "write".to_string()])]);
    let users = vec![
        User { name: "ann".to_string(), role: "admin".to_string() },
        User { name: "bob".to_string(), role: "guest".to_string() },
    ];
    let mut grants = Vec::new();
    for u in &users {
        grants.push((u.name.as_str(), perms.get(&u.role, &Vec::new()).len()));
    }
    println!("{grants:?}");
}
