//! mistake: Python's `"admin" in u.roles` permission check, with `roles: Vec<String>`
//! offending: "admin" in u.roles
//! category: python-habit
use comprehensions::comp;

struct User {
    name: String,
    roles: Vec<String>,
}

fn main() {
    let users = vec![
        User { name: "ann".to_string(), roles: vec!["admin".to_string()] },
        User { name: "bob".to_string(), roles: vec!["dev".to_string()] },
    ];
    let admins = comp![u.name.as_str() for u in &users if "admin" in u.roles];
    println!("{admins:?}");
}
