//! mistake: kept `&str`s into a history loaded inside an inner block
//! offending: history
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

fn main() {
    let recent: Vec<&str> = {
        let history = history();
        history.iter().filter(|m| m.ts > 1_700_000_010).map(|m| m.text.as_str()).collect()
    };
    println!("{recent:?}");
}
