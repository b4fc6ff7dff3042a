//! mistake: wrote the concurrency option like a struct field, `concurrency: 4`, instead of `concurrency = 4`
//! offending: concurrency: 4
//! category: syntax
use comprehensions::acomp;
use std::time::Duration;

struct Shard {
    path: String,
    rows: usize,
}

async fn load_shard(path: &str) -> Shard {
    tokio::time::sleep(Duration::from_millis(10)).await;
    Shard { path: path.to_string(), rows: path.len() * 100 }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let paths: Vec<String> = (0..8).map(|i| format!("data/train-{i:05}.parquet")).collect();
    let shards = acomp![load_shard(p).await for p in &paths; concurrency: 4];
    let total: usize = shards.iter().map(|s| s.rows).sum();
    println!("{} shards, {} rows, first {}", shards.len(), total, shards[0].path);
}
