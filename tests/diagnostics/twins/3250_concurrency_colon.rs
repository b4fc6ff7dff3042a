//! mistake: wrote the option as `concurrency: 4` (a keyword-argument/dict spelling) instead of `concurrency = 4`
//! offending: concurrency: 4
//! category: syntax
use futures::StreamExt;
use std::time::Duration;

async fn quote_delivery(zone: &str) -> u32 {
    tokio::time::sleep(Duration::from_millis(3)).await;
    if zone == "downtown" { 299 } else { 499 }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let zones = vec!["downtown", "harbor", "uptown"];
    let fees: Vec<(&&str, u32)> = futures::stream::iter(&zones)
        .map(|z| async move { (z, quote_delivery(z).await) })
        .buffered(concurrency: 4)
        .collect()
        .await;
    println!("{fees:?}");
}
