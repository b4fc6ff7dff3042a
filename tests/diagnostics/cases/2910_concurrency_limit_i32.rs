//! mistake: passed an `i32` config value as the concurrency limit, which is a `usize`
//! offending: max_in_flight
//! category: async
use comprehensions::acomp;
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
    let scores = acomp![(id, fraud_score(id).await) for id in order_ids; concurrency = max_in_flight];
    println!("{scores:?}");
}
