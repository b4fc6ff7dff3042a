//! mistake: awaited inside a sync `comp!` instead of using `acomp!`
//! offending: .await
//! category: async
use std::time::Duration;

async fn days_until_expiry(domain: &str) -> i64 {
    tokio::time::sleep(Duration::from_millis(10)).await;
    if domain.starts_with("old.") { 3 } else { 80 }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let domains = ["example.org", "old.example.org", "api.example.org"];
    let expiring: Vec<&str> = domains.into_iter().filter(|d| days_until_expiry(d).await < 14).collect();
    println!("renew: {expiring:?}");
}
