//! mistake: boxing a lazy comprehension over a local `Vec` into a struct field `Box<dyn Iterator<Item = String>>` (implicitly `'static`) and returning the struct
//! offending: &lines
//! category: ownership
use comprehensions::comp;

struct Feed {
    items: Box<dyn Iterator<Item = String>>,
}

fn load() -> Feed {
    let lines = vec!["  a".to_string(), "b  ".to_string()];
    Feed { items: Box::new(comp!((l.trim().to_string() for l in &lines))) }
}

fn main() {
    let feed = load();
    for item in feed.items {
        println!("{item}");
    }
}
