//! mistake: passed a `u32` config value as the concurrency limit, which must be a `usize`
//! offending: max_in_flight
//! category: async
use futures::StreamExt;
use std::time::Duration;

struct Config {
    max_in_flight: u32,
}

async fn probe(url: &str) -> bool {
    tokio::time::sleep(Duration::from_millis(2)).await;
    !url.ends_with("/down")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = Config { max_in_flight: 4 };
    let urls = vec!["https://a/health".to_string(), "https://b/down".to_string()];
    let up: Vec<bool> = futures::stream::iter(&urls).map(|u| probe(u)).buffered(cfg.max_in_flight).collect().await;
    println!("{up:?}");
}
