//! mistake: Python's membership test `u.role in allowed` as a permission filter, from `[u.name for u in users if u.role in allowed]`
//! offending: u.role in allowed
//! category: python-habit
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
    let names: Vec<String> = comp![u.name.clone() for u in &users if u.role in allowed];
    println!("{names:?}");
}
