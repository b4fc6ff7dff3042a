//! mistake: Python's `[(await fetch(u)).strip() for u in urls]`: `.trim()` borrows the awaited `String`, a temporary dropped at once
//! offending: fetch(u).await
//! category: ownership
use comprehensions::acomp;
use std::time::Duration;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!("  <title>{url}</title>\n")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a".to_string(), "/b".to_string()];
    let titles: Vec<&str> = acomp![fetch(u).await.trim() for u in &urls];
    println!("{titles:?}");
}
