//! mistake: used `?` on each fetch inside a crawl function whose signature still returns a plain `Vec<String>`
//! offending: ?
//! category: try
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

async fn crawl(urls: &[String]) -> Vec<String> {
    acomp![fetch(u).await? for u in urls]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://example.com/".to_string()];
    println!("{:?}", crawl(&urls).await);
}
