//! mistake: mixed a lowercased `String` and the `"<unk>"` literal in the conditional's two branches
//! offending: "<unk>"
//! category: type
use comprehensions::comp;
use std::collections::HashSet;

fn main() {
    let known: HashSet<&str> = ["book", "flight", "to", "paris"].into_iter().collect();
    let input = "Book a FLIGHT to Paris tomorrow";
    let normalized = comp![
        w.to_lowercase() if known.contains(w.to_lowercase().as_str()) else "<unk>"
        for w in input.split_whitespace()
    ];
    println!("{normalized:?}");
}
