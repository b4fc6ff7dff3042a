//! mistake: collected `&u.name` where the roster is declared `Vec<String>`
//! offending: &u.name
//! category: type
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

fn broadcast_roster(names: Vec<String>) {
    println!("roster: {}", names.join(", "));
}

fn main() {
    let users = users();
    let roster: Vec<String> = comp![&u.name for u in &users if u.online];
    broadcast_roster(roster);
}
