//! mistake: Python's `if u not in blocked` in a concurrent fetch's filter
//! offending: not in
//! category: python-habit
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
    let mut pages = Vec::new();
    for u in &urls {
        if u not in blocked {
            pages.push(fetch(u).await);
        }
    }
    println!("{pages:?}");
}
