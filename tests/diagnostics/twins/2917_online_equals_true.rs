//! mistake: compared a presence flag with Python's `True`
//! offending: True
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
    let online: Vec<String> = users.iter().filter(|u| u.online == True).map(|u| u.name.clone()).collect();
    println!("{online:?}");
}
