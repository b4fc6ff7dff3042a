//! mistake: checked for rooms without a topic with Python's `is None`
//! offending: r.topic is None
//! category: python-habit
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

fn main() {
    let rooms = rooms();
    let untitled = comp![r.name.clone() for r in &rooms if r.topic is None];
    println!("{untitled:?}");
}
