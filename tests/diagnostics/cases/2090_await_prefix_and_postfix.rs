//! mistake: wrote both Python's prefix `await` and Rust's `.await` on the same call
//! offending: await fetch(u).await
//! category: syntax
use comprehensions::acomp;
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
    let results = acomp![await fetch(u).await for u in &urls];
    println!("{results:?}");
}
