//! mistake: used an eager `acomp!` that awaits inside a plain (non-async) helper function
//! offending: acomp![read_shard(p).await for p in paths]
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn read_shard(path: &str) -> Vec<u32> {
    tokio::time::sleep(Duration::from_millis(2)).await;
    (0..path.len() as u32).collect()
}

fn load_all(paths: &[String]) -> Vec<Vec<u32>> {
    acomp![read_shard(p).await for p in paths]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let paths = vec!["shard-a.bin".to_string(), "shard-bb.bin".to_string()];
    let shards = load_all(&paths);
    println!("{:?}", shards.iter().map(Vec::len).collect::<Vec<_>>());
}
