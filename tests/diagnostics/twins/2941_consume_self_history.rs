//! mistake: iterated `self.history` by value inside a `&self` method
//! offending: self.history
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

struct ChatRoom {
    name: String,
    history: Vec<Message>,
}

impl ChatRoom {
    fn texts_by(&self, author: u64) -> Vec<String> {
        let mut out = Vec::new();
        for m in self.history {
            if m.author == author {
                out.push(m.text);
            }
        }
        out
    }
}

fn main() {
    let room = ChatRoom { name: "general".into(), history: history() };
    println!("{}: {:?}", room.name, room.texts_by(1));
}
