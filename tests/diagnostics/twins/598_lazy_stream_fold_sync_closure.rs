//! mistake: `StreamExt::fold` with a closure returning a plain value, as `Iterator::fold` takes (hand-written)
use futures::stream::{self, StreamExt};

struct Chunk {
    bytes: u64,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let chunks = stream::iter(vec![Chunk { bytes: 512 }, Chunk { bytes: 1024 }]);
    let total = chunks.map(|c| c.bytes).fold(0u64, |acc, b| acc + b).await;
    println!("{total}");
}
