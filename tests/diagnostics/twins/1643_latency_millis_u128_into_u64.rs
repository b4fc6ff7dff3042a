//! mistake: per-request latencies from `elapsed().as_millis()` (a `u128`) collected as `Vec<u64>`
//! offending: t.elapsed().as_millis()
//! category: type
use std::time::{Duration, Instant};

async fn ping(host: &str) -> bool {
    tokio::time::sleep(Duration::from_millis(3)).await;
    !host.is_empty()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hosts = vec!["db", "cache", "queue"];
    let mut latencies: Vec<u64> = Vec::new();
    for h in &hosts {
        let t = Instant::now();
        if ping(h).await {
            latencies.push(t.elapsed().as_millis());
        }
    }
    println!("{latencies:?}");
}
