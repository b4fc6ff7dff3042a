//! mistake: `buffer_unordered(n)` computed as a float fraction of the work without converting to `usize`
//! offending: urls.len() as f64 * 0.5
//! category: type
use futures::stream::{self, StreamExt};
use std::time::Duration;

async fn download(url: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(1)).await;
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.io/x", "b.io/y", "c.io/z", "d.io/w"];
    let sizes: Vec<usize> = stream::iter(&urls)
        .map(|u| download(u))
        .buffer_unordered(urls.len() as f64 * 0.5)
        .collect()
        .await;
    println!("{sizes:?}");
}
