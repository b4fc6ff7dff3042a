//! mistake: awaited the threat-intel lookup inside a synchronous `comp!`
//! offending: .await
//! category: async
use comprehensions::comp;
use std::time::Duration;

async fn in_threat_feed(domain: &str) -> bool {
    tokio::time::sleep(Duration::from_millis(2)).await;
    domain.ends_with(".xyz") || domain.contains("c2")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let dns_queries = vec!["update.microsoft.com", "c2-beacon.evil.xyz", "github.com"];
    let flagged = comp![d for d in &dns_queries if in_threat_feed(d).await];
    println!("{flagged:?}");
}
