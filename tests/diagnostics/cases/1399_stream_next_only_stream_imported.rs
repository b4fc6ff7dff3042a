//! mistake: imports `futures::Stream` (the trait, as Python imports `AsyncIterator`) but not `StreamExt`, then calls `.next()` on a lazy stream
//! offending: next()
//! category: async
use comprehensions::acomp;
use futures::Stream;
use std::time::Duration;

async fn tick(i: u32) -> u32 {
    tokio::time::sleep(Duration::from_millis(1)).await;
    i
}

fn ticks(n: u32) -> impl Stream<Item = u32> + Unpin {
    acomp!((tick(i).await for i in 0..n))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut s = ticks(3);
    while let Some(t) = s.next().await {
        println!("{t}");
    }
}
