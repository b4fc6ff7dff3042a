//! mistake: a Python set literal `{"admin", "owner"}` in a permission filter
//! offending: {"admin", "owner"}
//! category: syntax
struct User {
    name: String,
    role: String,
}

fn main() {
    let users = vec![
        User { name: "ana".into(), role: "owner".into() },
        User { name: "bo".into(), role: "viewer".into() },
    ];
    let admins: Vec<&str> = users
        .iter()
        .filter(|u| {"admin", "owner"}.contains(&u.role.as_str()))
        .map(|u| u.name.as_str())
        .collect();
    println!("{admins:?}");
}
