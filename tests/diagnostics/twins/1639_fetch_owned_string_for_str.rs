//! mistake: an owned `String` loop variable passed where `fetch` takes `&str` (Python has one string type)
//! offending: fetch(u)
//! category: type
use futures::stream::{self, StreamExt};
use std::time::Duration;

async fn fetch(url: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(5)).await;
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls: Vec<String> = vec!["/a".into(), "/bb".into()];
    let sizes: Vec<usize> = stream::iter(urls)
        .map(|u| async move { fetch(u).await })
        .buffered(4)
        .collect()
        .await;
    println!("{sizes:?}");
}
