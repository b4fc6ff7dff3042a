//! mistake: took the first `limit` URLs of the crawl frontier with Python's slice `frontier[:limit]`
//! offending: [:limit]
//! category: python-habit
use futures::StreamExt;
use std::time::Duration;

#[derive(Debug)]
struct FetchError(String);

async fn fetch(url: &str) -> Result<String, FetchError> {
    tokio::time::sleep(Duration::from_millis(5)).await;
    if url.contains("/bad") {
        Err(FetchError(format!("502 from {url}")))
    } else {
        Ok(format!("<html><a href=\"{url}/next\">next</a></html>"))
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let frontier = vec![
        "https://example.com/".to_string(),
        "https://example.com/about".to_string(),
        "https://example.com/blog".to_string(),
    ];
    let limit = 2;
    let pages: Vec<_> = futures::stream::iter(&frontier[:limit])
        .map(|u| fetch(u))
        .buffered(4)
        .collect()
        .await;
    println!("{} pages", pages.len());
}
