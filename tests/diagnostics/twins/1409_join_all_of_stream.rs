//! mistake: Python's `asyncio.gather(*agen)` as `join_all` over a stream, which is not an iterable of futures
//! offending: stream::iter(&urls).then(|u| fetch(u))
//! category: async
use futures::future::join_all;
use futures::{stream, StreamExt};
use std::time::Duration;

async fn fetch(url: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(1)).await;
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.io", "bb.io"];
    let sizes = join_all(stream::iter(&urls).then(|u| fetch(u))).await;
    println!("{sizes:?}");
}
