//! mistake: indexed the user table with a `u64` author id
//! offending: m.author
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
#[derive(Debug, Clone)]
struct Message {
    id: u64,
    room: String,
    author: u64,
    text: String,
    ts: u64,
}

fn history() -> Vec<Message> {
    vec![
        Message { id: 10, room: "general".into(), author: 1, text: "hi all".into(), ts: 1_700_000_000 },
        Message { id: 11, room: "general".into(), author: 2, text: "/kick carol".into(), ts: 1_700_000_030 },
        Message { id: 12, room: "random".into(), author: 3, text: "lunch?".into(), ts: 1_700_000_090 },
    ]
}

fn main() {
    let users = users();
    let history = history();
    let authors = comp![users[m.author].name.clone() for m in &history];
    println!("{authors:?}");
}
