//! mistake: Python's `await asyncio.sleep(0.25)` as `tokio::time::sleep(0.25)`, which takes a `Duration`
//! offending: 0.25
//! category: python-habit
use std::time::Duration;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a".to_string(), "/b".to_string()];
    let mut pages = Vec::new();
    for u in &urls {
        tokio::time::sleep(0.25).await;
        pages.push(fetch(u).await);
    }
    println!("{pages:?}");
}
