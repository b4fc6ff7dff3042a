//! mistake: joined member names Python-style, `", ".join(names)`
//! offending: ", ".join(&names)
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

use std::collections::HashMap;

fn main() {
    let rooms = rooms();
    let nicks: HashMap<u64, &str> = HashMap::from([(1, "alice"), (2, "bob"), (3, "carol")]);
    let rosters = comp![
        format!("{}: {}", r.name, ", ".join(&names))
        for r in &rooms
        let names = comp![nicks[&id] for id in &r.members]
    ];
    println!("{rosters:?}");
}
