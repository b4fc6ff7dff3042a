//! mistake: a lazy stream collected, then counted again, as a Python generator would be (silently empty the second time)
//! offending: pages.count()
//! category: ownership
use futures::stream::{self, StreamExt};
use std::time::Duration;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a".to_string(), "/b".to_string()];
    let pages = stream::iter(&urls).then(|u| fetch(u));
    let all: Vec<String> = pages.collect().await;
    let n = pages.count().await;
    println!("{} pages, {n} counted", all.len());
}
