//! mistake: Python's `[(await fetch(u)).strip() for u in urls]`: `.trim()` borrows the awaited `String`, a temporary dropped at once
//! offending: fetch(u).await
//! category: ownership
use std::time::Duration;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!("  <title>{url}</title>\n")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a".to_string(), "/b".to_string()];
    let mut titles: Vec<&str> = Vec::new();
    for u in &urls {
        titles.push(fetch(u).await.trim());
    }
    println!("{titles:?}");
}
