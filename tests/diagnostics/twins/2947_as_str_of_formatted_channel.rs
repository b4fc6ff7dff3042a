//! mistake: kept `.as_str()` of a `format!`ed channel name that is dropped at once
//! offending: format!("#{}", r.name)
//! category: ownership
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
    let mut channels: Vec<&str> = Vec::new();
    for r in &rooms {
        channels.push(format!("#{}", r.name).as_str());
    }
    println!("{channels:?}");
}
