//! mistake: awaited inside a sync `comp!` instead of using `acomp!`
//! offending: .await
//! category: async
use comprehensions::comp;
use std::time::Duration;

async fn days_until_expiry(domain: &str) -> i64 {
    tokio::time::sleep(Duration::from_millis(10)).await;
    if domain.starts_with("old.") { 3 } else { 80 }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let domains = ["example.org", "old.example.org", "api.example.org"];
    let expiring = comp![d for d in domains if days_until_expiry(d).await < 14];
    println!("renew: {expiring:?}");
}
