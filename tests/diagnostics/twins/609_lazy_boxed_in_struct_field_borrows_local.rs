//! mistake: boxing an iterator chain over a local `Vec` into a struct field `Box<dyn Iterator<Item = String>>` and returning the struct (hand-written)
//! offending: lines.iter()
struct Feed {
    items: Box<dyn Iterator<Item = String>>,
}

fn load() -> Feed {
    let lines = vec!["  a".to_string(), "b  ".to_string()];
    Feed { items: Box::new(lines.iter().map(|l| l.trim().to_string())) }
}

fn main() {
    let feed = load();
    for item in feed.items {
        println!("{item}");
    }
}
