//! mistake: dict value `nick if nick else name`: one branch Option<String>, the other String
//! offending: u.nick.clone()
//! category: type
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
    let mut shown: HashMap<u32, String> = HashMap::new();
    for u in &users {
        shown.insert(u.id, if u.nick.is_some() { u.nick.clone() } else { u.name.clone() });
    }
    println!("{shown:?}");
}
