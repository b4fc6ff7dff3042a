//! mistake: dict comprehension over &users moves a String field out as the value
//! offending: u.email
//! category: ownership
use comprehensions::comp;
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
    // Python: emails = {u.id: u.email for u in users if u.active}
    let emails: HashMap<u32, String> = comp!({u.id: u.email for u in &users if u.active});
    println!("{emails:?} of {}", users.len());
}
