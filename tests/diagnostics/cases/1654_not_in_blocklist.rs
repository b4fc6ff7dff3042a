//! mistake: Python's `if u not in blocked` in a concurrent fetch's filter
//! offending: not in
//! category: python-habit
use comprehensions::acomp;
use std::collections::HashSet;
use std::time::Duration;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a".to_string(), "/ads".to_string(), "/c".to_string()];
    let blocked: HashSet<String> = HashSet::from(["/ads".to_string()]);
    let pages = acomp![fetch(u).await for u in &urls if u not in blocked; concurrency = 4];
    println!("{pages:?}");
}
