//! mistake: mixed a lowercased `String` and the `"<unk>"` literal in the conditional's two branches
//! offending: "<unk>"
//! category: type
use std::collections::HashSet;

fn main() {
    let known: HashSet<&str> = ["book", "flight", "to", "paris"].into_iter().collect();
    let input = "Book a FLIGHT to Paris tomorrow";
    let mut normalized = Vec::new();
    for w in input.split_whitespace() {
        normalized.push(if known.contains(w.to_lowercase().as_str()) { w.to_lowercase() } else { "<unk>" });
    }
    println!("{normalized:?}");
}
