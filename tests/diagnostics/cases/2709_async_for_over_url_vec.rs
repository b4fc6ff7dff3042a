//! mistake: wrote `async for` over a plain `Vec` of URLs (only the fetch is async)
//! offending: async for u in &urls
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn fetch_page(url: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!("<html><title>{url}</title><body>inverted index</body></html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://docs.rs/tantivy".to_string(), "https://docs.rs/fst".to_string()];
    let pages: Vec<String> = acomp![fetch_page(u).await async for u in &urls];
    println!("{} pages", pages.len());
}
