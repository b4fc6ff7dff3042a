//! mistake: called `.next()` on the lazy `acomp!` stream without importing `StreamExt`
//! offending: next()
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn latest_version(name: &str) -> String {
    tokio::time::sleep(Duration::from_millis(2)).await;
    format!("{name}-1.2.3")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let names = vec!["axum".to_string(), "hyper".to_string()];
    let mut updates = acomp!((latest_version(n).await for n in &names; concurrency = 2));
    while let Some(v) = updates.next().await {
        println!("update available: {v}");
    }
}
