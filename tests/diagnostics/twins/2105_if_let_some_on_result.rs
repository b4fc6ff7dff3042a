//! mistake: skipped failed fetches with `if let Some(body) = ..`, but `fetch` returns a `Result`
//! offending: Some(body)
//! category: type
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
    let mut bodies = Vec::new();
    for u in &urls {
        if let Some(body) = fetch(u).await {
            bodies.push(body);
        }
    }
    println!("{bodies:?}");
}
