//! mistake: `allowed.contains(u.role)` passes the `String` by value where `contains` takes a reference
//! offending: u.role
//! category: type
use comprehensions::comp;

struct User {
    name: String,
    role: String,
}

fn main() {
    let users = vec![
        User { name: "ana".into(), role: "admin".into() },
        User { name: "bo".into(), role: "viewer".into() },
    ];
    let allowed = vec!["admin".to_string(), "editor".to_string()];
    let names: Vec<&str> = comp![u.name.as_str() for u in &users if allowed.contains(u.role)];
    println!("{names:?}");
}
