//! mistake: collected the lazy `acomp!((..))` stream into a `Vec` without awaiting `collect()`
//! offending: collect()
//! category: async
use comprehensions::{acomp, StreamExt};
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
    let urls = vec!["https://example.com/".to_string(), "https://example.com/bad".to_string()];
    let bodies: Vec<String> = acomp!((fetch(u).await.unwrap_or_default() for u in &urls; concurrency = 2)).collect();
    println!("{bodies:?}");
}
