//! mistake: `{u.email: u for u in users}` moves the email out of the user for the key, then moves the partly-moved user as the value
//! offending: u.email, u
//! category: ownership
use std::collections::HashMap;

#[derive(Debug)]
struct User {
    email: String,
    plan: String,
}

fn main() {
    let users = vec![User { email: "a@x.io".into(), plan: "pro".into() }];
    let mut by_email: HashMap<String, User> = HashMap::new();
    for u in users {
        by_email.insert(u.email, u);
    }
    println!("{by_email:?}");
}
