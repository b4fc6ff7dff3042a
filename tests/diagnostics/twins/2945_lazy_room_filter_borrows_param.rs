//! mistake: returned a lazy room filter that borrows the owned `room` parameter
//! offending: history.iter().filter(|m| m.room == room)
//! category: ownership
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

fn in_room(history: &[Message], room: String) -> impl Iterator<Item = &Message> + '_ {
    history.iter().filter(|m| m.room == room)
}

fn main() {
    let history = history();
    for m in in_room(&history, "general".to_string()) {
        println!("{}", m.text);
    }
}
