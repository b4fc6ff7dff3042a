//! mistake: wrote the nickname dict with `=>` between key and value
//! offending: =>
//! category: syntax
#[derive(Debug, Clone)]
struct User {
    id: u64,
    name: String,
    online: bool,
    muted: bool,
}

fn users() -> Vec<User> {
    vec![
        User { id: 1, name: "alice".into(), online: true, muted: false },
        User { id: 2, name: "bob".into(), online: false, muted: true },
        User { id: 3, name: "carol".into(), online: true, muted: false },
    ]
}

use std::collections::HashMap;

fn main() {
    let users = users();
    let nick_by_id: HashMap<u64, String> = users.iter().map(|u| u.id => u.name.clone()).collect();
    println!("{nick_by_id:?}");
}
