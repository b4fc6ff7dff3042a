//! mistake: built a `Vec` of request futures (Python's list of coroutines) and iterated it with `async for` as if it were a stream
//! offending: pending
//! category: async
use comprehensions::{acomp, comp};
use std::time::Duration;

async fn call_shard(shard: u32, query: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(2)).await;
    query.len() * shard as usize
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let query = "status:open";
    let pending = comp![call_shard(shard, query) for shard in 0..4];
    let hits = acomp![n async for n in pending];
    println!("{hits:?}");
}
