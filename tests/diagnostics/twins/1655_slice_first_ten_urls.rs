//! mistake: Python's slice `urls[:10]` to fetch only the first ten URLs
//! offending: urls[:10]
//! category: python-habit
use futures::stream::{self, StreamExt};
use std::time::Duration;

async fn fetch(url: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(5)).await;
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls: Vec<String> = (0..25).map(|i| format!("/page/{i}")).collect();
    let sizes: Vec<usize> = stream::iter(urls[:10]).map(|u| fetch(u)).buffered(5).collect().await;
    println!("{sizes:?}");
}
