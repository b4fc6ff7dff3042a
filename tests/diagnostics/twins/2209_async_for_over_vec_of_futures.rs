//! mistake: built a `Vec` of request futures (Python's list of coroutines) and iterated it with `async for` as if it were a stream
//! offending: pending
//! category: async
use futures::StreamExt;
use std::time::Duration;

async fn call_shard(shard: u32, query: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(2)).await;
    query.len() * shard as usize
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let query = "status:open";
    let pending: Vec<_> = (0..4).map(|shard| call_shard(shard, query)).collect();
    let mut hits = Vec::new();
    let mut pending = pending;
    while let Some(n) = pending.next().await {
        hits.push(n);
    }
    println!("{hits:?}");
}
