//! mistake: passed a `u32` config value as the `concurrency` limit, which is a `usize`
//! offending: cfg.max_in_flight
//! category: async
use futures::{stream, StreamExt};
use std::time::Duration;

struct FanoutConfig {
    max_in_flight: u32,
}

async fn push_to_inbox(follower: u64, post_id: u64) -> u64 {
    tokio::time::sleep(Duration::from_millis(1)).await;
    follower ^ post_id
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = FanoutConfig { max_in_flight: 16 };
    let followers: Vec<u64> = (1..=50).collect();
    let receipts: Vec<u64> = stream::iter(&followers)
        .map(|f| push_to_inbox(*f, 7))
        .buffered(cfg.max_in_flight)
        .collect()
        .await;
    println!("{} delivered", receipts.len());
}
