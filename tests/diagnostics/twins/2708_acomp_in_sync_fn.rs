//! mistake: used an eager `acomp!` with `.await` inside a plain (non-async) indexing function
//! offending: fetch_page(u).await
//! category: async
use std::time::Duration;

async fn fetch_page(url: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!("<html><title>{url}</title><body>inverted index</body></html>")
}

fn index_all(urls: &[String]) -> Vec<String> {
    let mut pages = Vec::new();
    for u in urls {
        pages.push(fetch_page(u).await);
    }
    pages
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://docs.rs/tantivy".to_string()];
    println!("{:?}", index_all(&urls));
}
