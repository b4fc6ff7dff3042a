//! mistake: returned the links of a fetched page as `&str`s borrowed from the `body` the function downloaded itself
//! offending: body
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

async fn links(url: &str) -> Vec<&str> {
    let body = fetch(url).await.unwrap_or_default();
    comp![part.split('"').next().unwrap_or("") for part in body.split("href=\"").skip(1)]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let url = "https://example.com/".to_string();
    println!("{:?}", links(&url).await);
}
