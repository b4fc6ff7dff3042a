//! mistake: a let chain `if let Some(r) = .. && r == "admin"` in an `if let` clause (edition 2021)
//! offending: let Some(r) = u.role.as_deref() && r == "admin"
//! category: syntax
use comprehensions::comp;

struct User {
    name: String,
    role: Option<String>,
}

fn main() {
    let users = vec![
        User { name: "ann".to_string(), role: Some("admin".to_string()) },
        User { name: "bob".to_string(), role: None },
    ];
    let admins = comp![u.name.as_str() for u in &users if let Some(r) = u.role.as_deref() && r == "admin"];
    println!("{admins:?}");
}
