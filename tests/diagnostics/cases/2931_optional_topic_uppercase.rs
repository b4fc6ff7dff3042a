//! mistake: called a `String` method on an `Option<String>` topic
//! offending: to_uppercase
//! category: type
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
    let banners = comp![format!("#{} - {}", r.name, r.topic.to_uppercase()) for r in &rooms];
    println!("{banners:?}");
}
