//! mistake: passes the future first to `tokio::time::timeout`, in the order of Python's `asyncio.wait_for(aw, timeout)`
//! offending: fetch(u), Duration::from_secs(2)
//! category: python-habit
use futures::stream::{self, StreamExt};
use std::time::Duration;

async fn fetch(url: &str) -> String {
    url.to_uppercase()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.com", "b.org"];
    let pages: Vec<_> = stream::iter(&urls)
        .map(|u| async move { tokio::time::timeout(fetch(u), Duration::from_secs(2)).await })
        .buffered(2)
        .collect()
        .await;
    println!("{pages:?}");
}
