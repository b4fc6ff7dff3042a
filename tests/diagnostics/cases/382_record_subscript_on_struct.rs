//! mistake: Python's dict-row subscript u["email"] on a struct (Rust: the field u.email)
//! offending: u["email"]
//! category: python-habit
use comprehensions::comp;

struct User {
    email: String,
    active: bool,
}

fn main() {
    let users = vec![
        User { email: "a@example.com".to_string(), active: true },
        User { email: "b@example.com".to_string(), active: false },
    ];
    // Python (rows from a DB cursor as dicts): [u["email"] for u in users if u["active"]]
    let emails: Vec<&str> = comp![u["email"].as_str() for u in &users if u.active];
    println!("{:?}", emails);
}
