//! mistake: counted the lazy generator of unvisited URLs, then iterated it again (a Python generator would just be empty; in Rust it was moved)
//! offending: pending
//! category: ownership
use std::collections::HashSet;

fn main() {
    let frontier = vec![
        "https://example.com/".to_string(),
        "https://example.com/a".to_string(),
        "https://example.com/b".to_string(),
    ];
    let visited: HashSet<String> = HashSet::from(["https://example.com/".to_string()]);
    let pending = frontier.iter().filter(|u| !visited.contains(*u));
    println!("{} to crawl", pending.count());
    for u in pending {
        println!("crawl {u}");
    }
}
