//! mistake: used an eager `acomp!` with `.await` inside a plain (non-async) indexing function
//! offending: fetch_page(u).await
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn fetch_page(url: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!("<html><title>{url}</title><body>inverted index</body></html>")
}

fn index_all(urls: &[String]) -> Vec<String> {
    acomp![fetch_page(u).await for u in urls]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://docs.rs/tantivy".to_string()];
    println!("{:?}", index_all(&urls));
}
