//! mistake: filtered out muted users with Python's `not`
//! offending: not u.muted
//! category: python-habit
use comprehensions::{comp};
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

fn main() {
    let users = users();
    let speakers = comp![u.id for u in &users if u.online && not u.muted];
    println!("{speakers:?}");
}
