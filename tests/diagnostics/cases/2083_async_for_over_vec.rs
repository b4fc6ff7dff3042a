//! mistake: wrote `async for` over the plain `Vec` of URLs (Python's `async for` habit), which is not a stream
//! offending: &urls
//! category: async
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
    let urls = vec!["https://example.com/".to_string(), "https://example.com/docs".to_string()];
    let pages = acomp![(u.clone(), fetch(u).await) async for u in &urls];
    println!("{pages:?}");
}
