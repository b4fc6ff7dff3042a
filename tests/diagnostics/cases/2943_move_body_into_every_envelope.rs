//! mistake: moved one announcement `String` into every member's envelope
//! offending: body
//! category: ownership
use comprehensions::{comp};
#[derive(Debug, Clone)]
struct Room {
    name: String,
    members: Vec<u64>,
    topic: Option<String>,
}

fn rooms() -> Vec<Room> {
    vec![
        Room { name: "general".into(), members: vec![1, 2, 3], topic: Some("anything goes".into()) },
        Room { name: "random".into(), members: vec![1, 3], topic: None },
    ]
}

#[derive(Debug)]
struct Envelope {
    to: u64,
    body: String,
}

fn main() {
    let rooms = rooms();
    let body = String::from("server restarting in 5 minutes");
    let outbox = comp![Envelope { to: *uid, body } for uid in &rooms[0].members];
    println!("{outbox:?}");
}
