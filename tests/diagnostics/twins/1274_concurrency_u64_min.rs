//! mistake: `buffered(n)` given a `u64` (parsed from the environment) instead of a `usize`
//! offending: limit.min(8)
//! category: type
use futures::stream::{self, StreamExt};
use std::time::Duration;

async fn ping(host: &str) -> u128 {
    tokio::time::sleep(Duration::from_millis(1)).await;
    host.len() as u128
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let limit: u64 = std::env::var("MAX_PINGS").ok().and_then(|s| s.parse().ok()).unwrap_or(4);
    let hosts = vec!["db", "cache", "api"];
    let rtts: Vec<u128> = stream::iter(&hosts).map(|h| ping(h)).buffered(limit.min(8)).collect().await;
    println!("{rtts:?}");
}
