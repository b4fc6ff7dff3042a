//! mistake: left out `in` between the loop variable and the room list
//! offending: for r rooms
//! category: syntax
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
    let mut names = Vec::new();
    for r rooms {
        if !r.members.is_empty() {
            names.push(r.name.clone());
        }
    }
    println!("{names:?}");
}
