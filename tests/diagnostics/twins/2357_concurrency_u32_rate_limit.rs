//! mistake: passed the broker config's `u32` request limit as `concurrency`, which takes a `usize`
//! offending: cfg.max_inflight
//! category: async
use futures::stream::{self, StreamExt};
use std::time::Duration;

struct BrokerConfig {
    max_inflight: u32,
}

async fn fetch_candles(symbol: &str, days: u32) -> Vec<f64> {
    tokio::time::sleep(Duration::from_millis(3)).await;
    (0..days).map(|d| 100.0 + d as f64 * 0.5 + symbol.len() as f64).collect()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = BrokerConfig { max_inflight: 4 };
    let universe = vec!["AAPL", "MSFT", "GOOG", "AMZN", "META", "NVDA"];
    let history: Vec<_> = stream::iter(&universe)
        .map(|s| async move { (s, fetch_candles(s, 30).await) })
        .buffered(cfg.max_inflight)
        .collect()
        .await;
    println!("{} series", history.len());
}
