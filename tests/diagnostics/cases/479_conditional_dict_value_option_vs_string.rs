//! mistake: dict value `nick if nick else name`: one branch Option<String>, the other String
//! offending: u.nick.clone()
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

struct User {
    id: u32,
    name: String,
    nick: Option<String>,
}

fn main() {
    let users = vec![
        User { id: 1, name: "Alice".into(), nick: Some("al".into()) },
        User { id: 2, name: "Bob".into(), nick: None },
    ];
    // Python: {u.id: u.nick if u.nick else u.name for u in users}
    let shown: HashMap<u32, String> =
        comp!({u.id: u.nick.clone() if u.nick.is_some() else u.name.clone() for u in &users});
    println!("{shown:?}");
}
