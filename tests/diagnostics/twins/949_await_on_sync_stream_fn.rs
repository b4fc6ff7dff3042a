//! mistake: awaited a plain function that returns a stream before polling it
//! offending: .await
//! category: async
use futures::stream::{self, Stream, StreamExt};

fn ticks(n: u32) -> impl Stream<Item = u32> {
    stream::iter(1..=n)
}

async fn squares() -> Vec<u32> {
    let mut out = Vec::new();
    let mut s = ticks(4).await;
    while let Some(t) = s.next().await {
        out.push(t * t);
    }
    out
}

fn main() {
    println!("{:?}", futures::executor::block_on(squares()));
}
