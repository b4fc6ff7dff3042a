//! mistake: a walrus-bound `String` moved into the tuple's first field, then borrowed by the second
//! offending: c.len()
//! category: ownership
use comprehensions::comp;

fn clean(s: &str) -> String {
    s.trim().to_lowercase()
}

fn main() {
    let raw = vec!["  Alice ", "", " BOB"];
    let names = comp![(c, c.len()) for r in &raw if !(c := clean(r)).is_empty()];
    println!("{names:?}");
}
