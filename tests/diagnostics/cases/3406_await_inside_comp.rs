//! mistake: awaited registry metadata inside `comp!` instead of `acomp!`
//! offending: latest_version(n).await
//! category: async
use comprehensions::comp;
use std::time::Duration;

async fn latest_version(name: &str) -> String {
    tokio::time::sleep(Duration::from_millis(2)).await;
    format!("{name}-1.2.3")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let names = vec!["axum".to_string(), "hyper".to_string()];
    let latest: Vec<String> = comp![latest_version(n).await for n in &names];
    println!("{latest:?}");
}
