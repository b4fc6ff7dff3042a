//! mistake: wrapped the fallible `try_join_all(..).await` (already a `Result`) in `Ok(..)` as the function's tail
//! offending: futures::future::try_join_all(urls.iter().map(|u| fetch(u))).await
//! category: try
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

async fn fetch_all(urls: &[String]) -> Result<Vec<String>, FetchError> {
    Ok(futures::future::try_join_all(urls.iter().map(|u| fetch(u))).await)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://example.com/".to_string()];
    println!("{:?}", fetch_all(&urls).await);
}
