//! mistake: built the id -> login map from API users with `&u.login` as the value, where the map holds `String`s
//! offending: &u.login
//! category: type
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
    let mut logins: HashMap<u64, String> = HashMap::new();
    for u in &users {
        logins.insert(u.id, &u.login);
    }
    println!("{:?}", logins.get(&1));
}
