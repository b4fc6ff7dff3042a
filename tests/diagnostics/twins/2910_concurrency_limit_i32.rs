//! mistake: passed an `i32` config value as the concurrency limit, which is a `usize`
//! offending: max_in_flight
//! category: async
use futures::StreamExt;
use std::time::Duration;

struct Config {
    max_in_flight: i32,
}

async fn fraud_score(order_id: u64) -> f32 {
    tokio::time::sleep(Duration::from_millis(2)).await;
    (order_id % 7) as f32 / 7.0
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = Config { max_in_flight: 8 };
    let order_ids = vec![1001_u64, 1002, 1003, 1004];
    let max_in_flight = cfg.max_in_flight;
    let scores: Vec<(u64, f32)> = futures::stream::iter(order_ids)
        .map(|id| async move { (id, fraud_score(id).await) })
        .buffered(max_in_flight)
        .collect()
        .await;
    println!("{scores:?}");
}
