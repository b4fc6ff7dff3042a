//! mistake: `allowed.contains(&u.role)` on a `Vec` of a role enum that does not derive `PartialEq`
//! offending: contains
//! category: type
use comprehensions::comp;

#[derive(Debug, Clone)]
enum Role {
    Admin,
    Editor,
    Viewer,
}

struct User {
    name: String,
    role: Role,
}

fn main() {
    let users = vec![User { name: "ana".into(), role: Role::Admin }, User { name: "bo".into(), role: Role::Viewer }];
    let allowed = vec![Role::Admin, Role::Editor];
    let names: Vec<&str> = comp![u.name.as_str() for u in &users if allowed.contains(&u.role)];
    println!("{names:?}");
}
