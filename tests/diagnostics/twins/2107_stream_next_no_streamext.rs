//! mistake: consumed the lazy `acomp!((..))` stream with `.next().await` without importing `StreamExt`
//! offending: next()
//! category: async
use futures::stream::FuturesOrdered;
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
    let mut pages: FuturesOrdered<_> = urls.iter().map(|u| fetch(u)).collect();
    while let Some(page) = pages.next().await {
        println!("{page:?}");
    }
}
