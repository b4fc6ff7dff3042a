//! mistake: used an eager `acomp!` inside a non-async `fn main`
//! offending: .await
//! category: async
use futures::StreamExt;

use std::time::Duration;

struct CarrierConfig {
    max_inflight: u32,
}

async fn track(number: &str) -> String {
    tokio::time::sleep(Duration::from_millis(2)).await;
    format!("{number}: IN_TRANSIT")
}

fn main() {
    let _cfg = CarrierConfig { max_inflight: 4 };
    let numbers = vec!["1Z999AA10123456784", "JD014600006281230"];
    let statuses: Vec<String> = futures::stream::iter(&numbers).then(|n| track(n)).collect().await;
    println!("{statuses:?}");
}
