//! mistake: polled the call of an `async fn` that returns a stream, without awaiting the call first
//! offending: next
//! category: async
use futures::stream::{self, Stream, StreamExt};

async fn open_feed(n: u32) -> impl Stream<Item = u32> {
    stream::iter(0..n)
}

async fn even_tens() -> Vec<u32> {
    let mut out = Vec::new();
    let mut feed = open_feed(5);
    while let Some(e) = feed.next().await {
        if e % 2 == 0 {
            out.push(e * 10);
        }
    }
    out
}

fn main() {
    println!("{:?}", futures::executor::block_on(even_tens()));
}
