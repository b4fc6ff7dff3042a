//! mistake: returning a stream as `Pin<Box<dyn Stream<Item = usize>>>` without `Box::pin` (hand-written)
//! offending: futures::stream::iter(urls).then(fetch)
use futures::{Stream, StreamExt};
use std::pin::Pin;

async fn fetch(url: String) -> usize {
    url.len()
}

fn sizes(urls: Vec<String>) -> Pin<Box<dyn Stream<Item = usize>>> {
    futures::stream::iter(urls).then(fetch)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let all: Vec<usize> = sizes(vec!["/a".into()]).collect().await;
    println!("{all:?}");
}
