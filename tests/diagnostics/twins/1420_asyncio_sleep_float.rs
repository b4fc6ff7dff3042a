//! mistake: `asyncio.sleep(0.05)` habit: `tokio::time::sleep` given float seconds instead of a `Duration`
//! offending: 0.05
//! category: python-habit
use std::time::Duration;

async fn ping(host: &str) -> u64 {
    tokio::time::sleep(Duration::from_millis(1)).await;
    host.len() as u64
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hosts = vec!["db", "cache", "queue"];
    let mut rtts: Vec<u64> = Vec::new();
    for h in &hosts {
        tokio::time::sleep(0.05).await;
        rtts.push(ping(h).await);
    }
    println!("{rtts:?}");
}
