//! mistake: awaited the lazy `acomp!((..))` (an async generator, a stream) as if it were a coroutine, to get the list of bodies
//! offending: .await;
//! category: async
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
    let urls = vec!["https://example.com/".to_string(), "https://example.com/bad".to_string()];
    let bodies: Vec<String> = futures::stream::iter(&urls)
        .then(|u| async move { fetch(u).await.unwrap_or_default() })
        .await;
    println!("{bodies:?}");
}
