//! mistake: passed a `u32` config field as the `concurrency` limit
//! offending: cfg.max_inflight
//! category: async
use comprehensions::acomp;

use std::time::Duration;

struct CarrierConfig {
    max_inflight: u32,
}

async fn track(number: &str) -> String {
    tokio::time::sleep(Duration::from_millis(2)).await;
    format!("{number}: IN_TRANSIT")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = CarrierConfig { max_inflight: 4 };
    let numbers = vec!["1Z999AA10123456784", "JD014600006281230"];
    let statuses = acomp![track(n).await for n in &numbers; concurrency = cfg.max_inflight];
    println!("{statuses:?}");
}
