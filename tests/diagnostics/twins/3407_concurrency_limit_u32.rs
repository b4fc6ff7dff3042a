//! mistake: passed a `u32` from the config as the `concurrency` limit, which is a `usize`
//! offending: limit
//! category: async
use futures::StreamExt;
use std::time::Duration;

async fn latest_version(name: &str) -> String {
    tokio::time::sleep(Duration::from_millis(2)).await;
    format!("{name}-1.2.3")
}

struct Config {
    max_parallel_requests: u32,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = Config { max_parallel_requests: 8 };
    let names = vec!["axum".to_string(), "hyper".to_string(), "tower".to_string()];
    let limit = cfg.max_parallel_requests;
    let latest: Vec<String> = futures::stream::iter(&names).map(|n| latest_version(n)).buffered(limit).collect().await;
    println!("{latest:?}");
}
