//! mistake: moved `u.name` out of a user borrowed from `&users`
//! offending: u.name
//! category: ownership
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
    let mut names: Vec<String> = Vec::new();
    for u in &users {
        if u.online {
            names.push(u.name);
        }
    }
    println!("{names:?} of {}", users.len());
}
