//! mistake: forgot `.await` on the async health check in a concurrent comprehension
//! offending: check(h)
//! category: async
use futures::{stream, StreamExt};
use std::time::Duration;

async fn check(host: &str) -> bool {
    tokio::time::sleep(Duration::from_millis(20)).await;
    !host.starts_with("db")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hosts = vec!["web01:80", "web02:80", "db01:5432"];
    let up: Vec<bool> = stream::iter(&hosts)
        .map(|h| async move { check(h) })
        .buffered(16)
        .collect()
        .await;
    let healthy = up.iter().filter(|ok| **ok).count();
    println!("{healthy}/{} healthy", hosts.len());
}
