//! mistake: passed the config's `u32` connection limit as `concurrency = N`, which is a `usize`
//! offending: cfg.max_connections
//! category: type
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

struct Config {
    max_connections: u32,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = Config { max_connections: 8 };
    let urls: Vec<String> = (1..=20).map(|i| format!("https://example.com/p/{i}")).collect();
    let bodies: Vec<_> = futures::stream::iter(&urls)
        .map(|u| fetch(u))
        .buffered(cfg.max_connections)
        .collect()
        .await;
    println!("{} fetched", bodies.len());
}
