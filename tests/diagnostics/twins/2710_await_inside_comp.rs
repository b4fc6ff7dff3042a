//! mistake: awaited the fetch inside a synchronous `comp!` instead of `acomp!`
//! offending: fetch_page(u).await
//! category: async
use std::time::Duration;

async fn fetch_page(url: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!("<html><title>{url}</title><body>inverted index</body></html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://docs.rs/tantivy".to_string(), "https://docs.rs/fst".to_string()];
    let pages: Vec<String> = urls.iter().map(|u| fetch_page(u).await).collect();
    println!("{} pages", pages.len());
}
