//! mistake: appending to the URL list while a lazy stream over it is still being consumed (fine for a Python list)
//! offending: urls.push
//! category: ownership
use futures::stream::{self, StreamExt};
use std::time::Duration;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut urls = vec!["/a".to_string(), "/b".to_string()];
    let mut pages = Box::pin(stream::iter(&urls).then(|u| fetch(u)));
    urls.push("/late".to_string());
    while let Some(p) = pages.next().await {
        println!("{p}");
    }
}
