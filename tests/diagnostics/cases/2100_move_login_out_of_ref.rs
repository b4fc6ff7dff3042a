//! mistake: built the id -> login dict over `&users` with `u.login` as the value, moving a `String` out of a borrowed user
//! offending: u.login
//! category: ownership
use comprehensions::comp;
use std::collections::HashMap;

struct User {
    id: u64,
    login: String,
}

fn main() {
    let users = vec![User { id: 1, login: "octocat".into() }, User { id: 2, login: "hubot".into() }];
    let logins: HashMap<u64, String> = comp!({u.id: u.login for u in &users});
    println!("{:?} of {}", logins.get(&1), users.len());
}
