//! mistake: a stream returned as `Pin<Box<dyn Stream>>` but boxed with `Box::new` instead of `Box::pin` (Python has no pinning)
//! offending: Box::new(stream::iter(ids).then(fetch))
//! category: async
use futures::{stream, Stream, StreamExt};
use std::pin::Pin;
use std::time::Duration;

async fn fetch(id: u32) -> u32 {
    tokio::time::sleep(Duration::from_millis(1)).await;
    id * 2
}

fn pages(ids: Vec<u32>) -> Pin<Box<dyn Stream<Item = u32>>> {
    Box::new(stream::iter(ids).then(fetch))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut s = pages(vec![1, 2, 3]);
    while let Some(p) = s.next().await {
        println!("{p}");
    }
}
