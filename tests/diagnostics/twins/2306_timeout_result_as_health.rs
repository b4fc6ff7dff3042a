//! mistake: used the `Result` of `tokio::time::timeout` as if it were the probe's value
//! offending: timeout(PROBE_TIMEOUT, probe(h)).await
//! category: async
use futures::{stream, StreamExt};
use std::time::Duration;
use tokio::time::timeout;

const PROBE_TIMEOUT: Duration = Duration::from_millis(500);

#[derive(Debug)]
enum Health {
    Up { latency_ms: u64 },
    Down(String),
}

async fn probe(host: &str) -> Health {
    tokio::time::sleep(Duration::from_millis(30)).await;
    if host.ends_with(":9") {
        Health::Down("connection refused".into())
    } else {
        Health::Up { latency_ms: 30 }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hosts = ["10.0.0.7:22", "10.0.0.8:9", "10.0.0.9:22"];
    let report: Vec<Health> = stream::iter(hosts)
        .map(|h| async move { timeout(PROBE_TIMEOUT, probe(h)).await })
        .buffered(8)
        .collect()
        .await;
    println!("{report:?}");
}
