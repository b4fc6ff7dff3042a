//! mistake: `tokio::time::timeout` called with Python's `asyncio.wait_for(coro, seconds)` argument order
//! offending: timeout(fetch(id), Duration::from_secs(2))
//! category: python-habit
use std::time::Duration;
use tokio::time::timeout;

async fn fetch(id: u32) -> String {
    tokio::time::sleep(Duration::from_millis(1)).await;
    format!("doc-{id}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![7u32, 8, 9];
    let mut docs = Vec::new();
    for id in ids {
        docs.push(timeout(fetch(id), Duration::from_secs(2)).await.ok());
    }
    println!("{docs:?}");
}
