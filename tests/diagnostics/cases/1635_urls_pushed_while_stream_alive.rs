//! mistake: appending to the URL list while a lazy stream over it is still being consumed (fine for a Python list)
//! offending: urls.push
//! category: ownership
use comprehensions::acomp;
use futures::StreamExt;
use std::time::Duration;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut urls = vec!["/a".to_string(), "/b".to_string()];
    let mut pages = acomp!((fetch(u).await for u in &urls));
    urls.push("/late".to_string());
    while let Some(p) = pages.next().await {
        println!("{p}");
    }
}
