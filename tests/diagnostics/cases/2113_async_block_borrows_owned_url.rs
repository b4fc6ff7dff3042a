//! mistake: built the list of request futures for `join_all` with `async { fetch(&u).await }` over the owned URLs, borrowing each `u` (no `async move`)
//! offending: async { fetch(&u).await }
//! category: ownership
use comprehensions::comp;
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
    let tasks = comp![async { fetch(&u).await } for u in urls];
    let results = futures::future::join_all(tasks).await;
    println!("{results:?}");
}
