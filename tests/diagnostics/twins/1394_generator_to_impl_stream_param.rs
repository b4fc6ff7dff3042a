//! mistake: a sync iterator passed to an async function that takes `impl Stream`, as Python's `async for` over a plain generator
//! offending: (0..5u32).map(|i| i * 2)
//! category: async
use futures::{Stream, StreamExt};

async fn drain(s: impl Stream<Item = u32>) -> u32 {
    let mut s = Box::pin(s);
    let mut total = 0;
    while let Some(x) = s.next().await {
        total += x;
    }
    total
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let total = drain((0..5u32).map(|i| i * 2)).await;
    println!("{total}");
}
