//! mistake: Python's `await asyncio.gather(*[fetch(u) for u in urls])`, the `*` spread kept before the comprehension
//! offending: *urls.iter().map(|u| fetch(u)).collect::<Vec<_>>()
//! category: python-habit
use futures::future::join_all;
use std::time::Duration;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a".to_string(), "/b".to_string()];
    let pages = join_all(*urls.iter().map(|u| fetch(u)).collect::<Vec<_>>()).await;
    println!("{pages:?}");
}
