//! mistake: used Python's `str.startswith` to pick out slash commands
//! offending: startswith
//! category: python-habit
use comprehensions::{comp};
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
    let history = history();
    let commands = comp![m.text.clone() for m in &history if m.text.startswith("/")];
    println!("{commands:?}");
}
