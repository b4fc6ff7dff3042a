//! mistake: filtered out muted users with Python's `not`
//! offending: not u.muted
//! category: python-habit
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
    let speakers: Vec<u64> = users.iter().filter(|u| u.online && not u.muted).map(|u| u.id).collect();
    println!("{speakers:?}");
}
