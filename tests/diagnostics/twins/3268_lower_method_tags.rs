//! mistake: normalised hashtags with Python's `.lower()` instead of `.to_lowercase()`
//! offending: lower
//! category: python-habit
use std::collections::HashSet;

struct Post {
    tags: Vec<String>,
}

fn main() {
    let posts = vec![
        Post { tags: vec!["Rust".into(), "WASM".into()] },
        Post { tags: vec!["rust".into(), "Tokio".into()] },
    ];
    let mut distinct = HashSet::new();
    for p in &posts {
        for t in &p.tags {
            distinct.insert(t.lower());
        }
    }
    println!("{} distinct tags", distinct.len());
}
