//! mistake: a walrus-bound `String` moved into the tuple's first field, then borrowed by the second
//! offending: c.len()
//! category: ownership

fn clean(s: &str) -> String {
    s.trim().to_lowercase()
}

fn main() {
    let raw = vec!["  Alice ", "", " BOB"];
    let mut names = Vec::new();
    for r in &raw {
        let c = clean(r);
        if !c.is_empty() {
            names.push((c, c.len()));
        }
    }
    println!("{names:?}");
}
