//! mistake: wrote `async for` over a plain `Vec` of tracking numbers
//! offending: numbers
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
    let _cfg = CarrierConfig { max_inflight: 4 };
    let numbers = vec!["1Z999AA10123456784", "JD014600006281230"];
    let statuses = acomp![track(n).await async for n in numbers];
    println!("{statuses:?}");
}
