//! mistake: awaited the shard loader inside the synchronous `comp!` instead of `acomp!`
//! offending: .await
//! category: async
use comprehensions::comp;
use std::time::Duration;

async fn tokenize_shard(path: &str) -> Vec<u32> {
    tokio::time::sleep(Duration::from_millis(2)).await;
    path.bytes().map(u32::from).collect()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let shards = vec!["wiki-00.txt".to_string(), "wiki-01.txt".to_string()];
    let token_ids = comp![tokenize_shard(s).await for s in &shards];
    println!("{} shards tokenized", token_ids.len());
}
