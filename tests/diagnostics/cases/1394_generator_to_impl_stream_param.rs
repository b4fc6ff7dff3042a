//! mistake: a sync generator passed to an async function that takes `impl Stream`, as Python's `async for` over a plain generator
//! offending: comp!((i * 2 for i in 0..5u32))
//! category: async
use comprehensions::{comp, StreamExt};
use futures::Stream;

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
    let total = drain(comp!((i * 2 for i in 0..5u32))).await;
    println!("{total}");
}
