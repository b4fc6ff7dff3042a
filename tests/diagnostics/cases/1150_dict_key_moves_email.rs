//! mistake: indexes borrowed users by their email, using `u.email` as the key without `.clone()`
//! offending: u.email
//! category: ownership
use comprehensions::comp;
use std::collections::HashMap;

struct User {
    email: String,
    groups: Vec<String>,
}

fn main() {
    let users = vec![User { email: "a@x.io".into(), groups: vec!["admin".into()] }];
    let by_email: HashMap<String, usize> = comp!({u.email: u.groups.len() for u in &users});
    println!("{by_email:?} {}", users.len());
}
