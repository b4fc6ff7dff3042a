//! mistake: built the id -> login map from API users with `&u.login` as the value, where the map holds `String`s
//! offending: &u.login
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

struct User {
    id: u64,
    login: String,
}

fn main() {
    let users = vec![
        User { id: 1, login: "octocat".into() },
        User { id: 2, login: "hubot".into() },
    ];
    let logins: HashMap<u64, String> = comp!({u.id: &u.login for u in &users});
    println!("{:?}", logins.get(&1));
}
