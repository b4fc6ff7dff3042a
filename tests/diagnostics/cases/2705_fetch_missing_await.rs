//! mistake: forgot `.await` on the page fetch in `acomp!`
//! offending: fetch_page(u)
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn fetch_page(url: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!("<html><title>{url}</title><body>inverted index</body></html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://docs.rs/tantivy".to_string(), "https://docs.rs/meilisearch".to_string()];
    let bodies: Vec<String> = acomp![fetch_page(u) for u in &urls];
    println!("{} pages", bodies.len());
}
