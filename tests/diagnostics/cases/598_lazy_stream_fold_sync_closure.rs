//! mistake: `StreamExt::fold` on a lazy `acomp!` stream with a closure returning a plain value, as `Iterator::fold` takes (Python's `functools.reduce`)
//! offending: fold(0u64, |acc, b| acc + b)
//! category: async
use comprehensions::acomp;
use futures::stream::{self, StreamExt};

struct Chunk {
    bytes: u64,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let chunks = stream::iter(vec![Chunk { bytes: 512 }, Chunk { bytes: 1024 }]);
    let total = acomp!((c.bytes async for c in chunks)).fold(0u64, |acc, b| acc + b).await;
    println!("{total}");
}
