//! mistake: wrote `async for` over a plain `Vec` of URLs (only the fetch is async)
//! offending: pending.next().await
//! category: async
use std::time::Duration;

async fn fetch_page(url: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!("<html><title>{url}</title><body>inverted index</body></html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://docs.rs/tantivy".to_string(), "https://docs.rs/fst".to_string()];
    let mut pages: Vec<String> = Vec::new();
    let mut pending = urls.iter();
    while let Some(u) = pending.next().await {
        pages.push(fetch_page(u).await);
    }
    println!("{} pages", pages.len());
}
