//! mistake: `fetch(u).await?` in `#[tokio::main] async fn main()` that returns `()` (Python's exceptions need no return type)
//! offending: r?
//! category: try
use futures::stream::{self, StreamExt};
use std::time::Duration;

#[derive(Debug)]
struct FetchError;

async fn fetch(url: &str) -> Result<String, FetchError> {
    tokio::time::sleep(Duration::from_millis(5)).await;
    if url.is_empty() { Err(FetchError) } else { Ok(format!("<html>{url}</html>")) }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a".to_string(), "/b".to_string()];
    let mut results = stream::iter(&urls).map(|u| fetch(u)).buffered(4);
    let mut pages = Vec::new();
    while let Some(r) = results.next().await {
        pages.push(r?);
    }
    println!("{}", pages.join("\n"));
}
