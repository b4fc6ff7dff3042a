//! mistake: called Python's `len(..)` builtin on a room's member list
//! offending: len(r.members)
//! category: python-habit
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
    let sizes: Vec<_> = rooms.iter().map(|r| (r.name.clone(), len(r.members))).collect();
    println!("{sizes:?}");
}
