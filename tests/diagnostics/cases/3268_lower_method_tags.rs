//! mistake: normalised hashtags with Python's `.lower()` instead of `.to_lowercase()`
//! offending: lower
//! category: python-habit
use comprehensions::comp;

struct Post {
    tags: Vec<String>,
}

fn main() {
    let posts = vec![
        Post { tags: vec!["Rust".into(), "WASM".into()] },
        Post { tags: vec!["rust".into(), "Tokio".into()] },
    ];
    let distinct = comp!({t.lower() for p in &posts for t in &p.tags});
    println!("{} distinct tags", distinct.len());
}
