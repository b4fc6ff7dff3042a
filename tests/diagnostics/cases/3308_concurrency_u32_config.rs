//! mistake: passed a `u32` config value as the `concurrency` limit, which is a `usize`
//! offending: cfg.max_in_flight
//! category: async
use comprehensions::acomp;
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
    let receipts = acomp![push_to_inbox(*f, 7).await for f in &followers; concurrency = cfg.max_in_flight];
    println!("{} delivered", receipts.len());
}
