//! mistake: Python's conditional expression written as a `match` arm's value while building a permissions column
//! offending: "read" if u.verified else "none"
//! category: syntax

enum Role {
    Admin,
    Member,
}

struct User {
    name: String,
    role: Role,
    verified: bool,
}

fn main() {
    let users = vec![
        User { name: "ann".to_string(), role: Role::Admin, verified: true },
        User { name: "bob".to_string(), role: Role::Member, verified: false },
    ];
    let mut access = Vec::new();
    for u in &users {
        access.push((u.name.as_str(), match u.role { Role::Admin => "all", Role::Member => "read" if u.verified else "none" }));
    }
    println!("{access:?}");
}
