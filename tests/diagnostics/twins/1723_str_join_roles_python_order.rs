//! mistake: Python's `", ".join(u.roles)` (the separator as receiver) inside `format!`
//! offending: join
//! category: python-habit

struct User {
    name: String,
    roles: Vec<String>,
}

fn main() {
    let users = vec![
        User { name: "ann".to_string(), roles: vec!["admin".to_string(), "dev".to_string()] },
        User { name: "bob".to_string(), roles: vec![] },
    ];
    let mut lines = Vec::new();
    for u in &users {
        lines.push(format!("{}: {}", u.name, ", ".join(&u.roles)));
    }
    println!("{}", lines.len());
}
