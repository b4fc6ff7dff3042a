//! mistake: a dedupe filter `if seen.insert(..)` (Python's `seen.add`) that mutates a local set inside concurrent items
//! offending: seen.insert(u.clone())
//! category: ownership
use comprehensions::acomp;
use std::collections::HashSet;
use std::time::Duration;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a".to_string(), "/b".to_string(), "/a".to_string()];
    let mut seen = HashSet::new();
    let pages = acomp![fetch(u).await for u in &urls if seen.insert(u.clone()); concurrency = 4];
    println!("{} unique pages", pages.len());
}
