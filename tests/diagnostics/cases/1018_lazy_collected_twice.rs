//! mistake: a lazy form is collected into a Vec and then again into a set, as one would reuse a list
//! offending: tags
//! category: ownership
use comprehensions::comp;
use std::collections::HashSet;

fn main() {
    let posts = vec!["rust,async", "python", "rust,macros"];
    let tags = comp!((t.trim() for p in &posts for t in p.split(',')));
    let all: Vec<&str> = tags.collect();
    let unique: HashSet<&str> = tags.collect();
    println!("{} tags, {} unique", all.len(), unique.len());
}
