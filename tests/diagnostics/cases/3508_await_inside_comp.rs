//! mistake: awaited inside the synchronous `comp!` instead of using `acomp!`
//! offending: .await
//! category: async
use comprehensions::comp;
use std::time::Duration;

async fn scrape(target: &str) -> u64 {
    tokio::time::sleep(Duration::from_millis(1)).await;
    target.len() as u64
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let targets = vec!["node-exporter:9100".to_string(), "app:8080".to_string()];
    let values: Vec<u64> = comp![scrape(t).await for t in &targets];
    println!("{values:?}");
}
