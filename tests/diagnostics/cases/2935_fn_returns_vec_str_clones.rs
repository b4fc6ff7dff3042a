//! mistake: returned cloned `String`s from a function declared to return `Vec<&str>`
//! offending: u.name.clone()
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

fn online_names(users: &[User]) -> Vec<&str> {
    comp![u.name.clone() for u in users if u.online]
}

fn main() {
    let users = users();
    println!("{:?}", online_names(&users));
}
