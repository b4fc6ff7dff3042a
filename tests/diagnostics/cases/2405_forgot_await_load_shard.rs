//! mistake: forgot to await `load_shard(p)` in an async comprehension collected as `Vec<Shard>`
//! offending: load_shard(p)
//! category: async
use comprehensions::acomp;
use std::time::Duration;

#[derive(Debug)]
struct Shard {
    path: String,
    examples: Vec<Vec<f32>>,
}

async fn load_shard(path: &str) -> Shard {
    tokio::time::sleep(Duration::from_millis(5)).await;
    Shard { path: path.to_string(), examples: vec![vec![0.0; 8]; 16] }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let paths: Vec<String> = (0..4).map(|i| format!("gs://bucket/shard-{i}.tfrecord")).collect();
    let shards: Vec<Shard> = acomp![load_shard(p) for p in &paths];
    println!("{} shards, {} examples in {}", shards.len(), shards[0].examples.len(), shards[0].path);
}
