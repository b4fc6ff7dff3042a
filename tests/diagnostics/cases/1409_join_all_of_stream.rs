//! mistake: Python's `asyncio.gather(*agen)` as `join_all` over a lazy async generator, which is a stream, not an iterable of futures
//! offending: acomp!((fetch(u).await for u in &urls))
//! category: async
use comprehensions::acomp;
use futures::future::join_all;
use std::time::Duration;

async fn fetch(url: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(1)).await;
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.io", "bb.io"];
    let sizes = join_all(acomp!((fetch(u).await for u in &urls))).await;
    println!("{sizes:?}");
}
