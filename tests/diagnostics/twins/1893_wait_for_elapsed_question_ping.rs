//! mistake: `?` on `tokio::time::timeout`'s `Elapsed` in a fn returning `PingError` (Python's `asyncio.wait_for` raising `TimeoutError`)
//! offending: .await??
//! category: try
use std::time::Duration;

#[derive(Debug)]
struct PingError;

async fn ping(host: &str) -> Result<u32, PingError> {
    if host.is_empty() { Err(PingError) } else { Ok(host.len() as u32) }
}

async fn check(hosts: &[&str]) -> Result<Vec<u32>, PingError> {
    let mut out = Vec::new();
    for h in hosts {
        out.push(tokio::time::timeout(Duration::from_secs(1), ping(h)).await??);
    }
    Ok(out)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", check(&["db", "cache"]).await);
}
