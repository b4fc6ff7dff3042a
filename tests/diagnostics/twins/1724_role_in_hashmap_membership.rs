//! mistake: Python's `if u.role in role_perms` membership test on a `HashMap` (Rust: `contains_key`)
//! offending: u.role in role_perms
//! category: python-habit
use std::collections::HashMap;

struct User {
    name: String,
    role: String,
}

fn main() {
    let role_perms: HashMap<String, Vec<String>> =
        HashMap::from([("admin".to_string(), vec!["write".to_string()])]);
    let users = vec![
        User { name: "ann".to_string(), role: "admin".to_string() },
        User { name: "bob".to_string(), role: "guest".to_string() },
    ];
    let mut known = Vec::new();
    for u in &users {
        if u.role in role_perms {
            known.push(u.name.as_str());
        }
    }
    println!("{known:?}");
}
