//! mistake: awaited each fetch inside `comp!` (the sync macro) instead of `acomp!`
//! offending: .await
//! category: async
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

async fn crawl(urls: &[String]) -> Vec<Result<String, FetchError>> {
    comp![fetch(u).await for u in urls]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://example.com/".to_string()];
    println!("{:?}", crawl(&urls).await);
}
