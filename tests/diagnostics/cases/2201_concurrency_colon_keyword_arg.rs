//! mistake: wrote the concurrency option like a Python keyword argument with a colon, `concurrency: 8`
//! offending: concurrency: 8
//! category: syntax
use comprehensions::acomp;
use std::time::Duration;

async fn ping_service(url: &str) -> (String, bool) {
    tokio::time::sleep(Duration::from_millis(3)).await;
    (url.to_string(), !url.contains("legacy"))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let upstreams = vec!["http://users.svc/health", "http://legacy.svc/health", "http://cart.svc/health"];
    let statuses = acomp![ping_service(u).await for u in &upstreams; concurrency: 8];
    println!("{statuses:?}");
}
