//! mistake: a Python set literal `{"admin", "owner"}` in a permission filter
//! offending: {"admin", "owner"}
//! category: syntax
use comprehensions::comp;

struct User {
    name: String,
    role: String,
}

fn main() {
    let users = vec![
        User { name: "ana".into(), role: "owner".into() },
        User { name: "bo".into(), role: "viewer".into() },
    ];
    let admins: Vec<&str> =
        comp![u.name.as_str() for u in &users if {"admin", "owner"}.contains(&u.role.as_str())];
    println!("{admins:?}");
}
