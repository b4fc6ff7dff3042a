//! mistake: dict comprehension over &users moves a String field out as the value
//! offending: u.email
//! category: ownership
use std::collections::HashMap;

struct User {
    id: u32,
    email: String,
    active: bool,
}

fn main() {
    let users = vec![
        User { id: 1, email: "a@x.org".into(), active: true },
        User { id: 2, email: "b@x.org".into(), active: false },
    ];
    let mut emails: HashMap<u32, String> = HashMap::new();
    for u in &users {
        if u.active {
            emails.insert(u.id, u.email);
        }
    }
    println!("{emails:?} of {}", users.len());
}
