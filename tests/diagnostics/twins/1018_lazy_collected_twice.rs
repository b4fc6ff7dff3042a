//! mistake: an iterator chain is collected into a Vec and then again into a set
//! offending: tags
//! category: ownership
use std::collections::HashSet;

fn main() {
    let posts = vec!["rust,async", "python", "rust,macros"];
    let tags = posts.iter().flat_map(|p| p.split(',')).map(|t| t.trim());
    let all: Vec<&str> = tags.collect();
    let unique: HashSet<&str> = tags.collect();
    println!("{} tags, {} unique", all.len(), unique.len());
}
