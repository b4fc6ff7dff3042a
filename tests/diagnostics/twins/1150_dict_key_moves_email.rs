//! mistake: indexes borrowed users by their email, using `u.email` as the key without `.clone()`
//! offending: u.email
//! category: ownership
use std::collections::HashMap;

struct User {
    email: String,
    groups: Vec<String>,
}

fn main() {
    let users = vec![User { email: "a@x.io".into(), groups: vec!["admin".into()] }];
    let mut by_email: HashMap<String, usize> = HashMap::new();
    for u in &users {
        by_email.insert(u.email, u.groups.len());
    }
    println!("{by_email:?} {}", users.len());
}
