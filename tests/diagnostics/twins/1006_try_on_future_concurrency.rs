//! mistake: `?` applied to the future `fetch(u)` (the `.await` forgotten) under `concurrency`
//! offending: fetch(u)?
//! category: async
use futures::{StreamExt, TryStreamExt};
use std::time::Duration;

async fn fetch(url: &str) -> Result<String, String> {
    tokio::time::sleep(Duration::from_millis(1)).await;
    if url.is_empty() { Err("empty url".into()) } else { Ok(format!("<{url}>")) }
}

async fn fetch_all(urls: &[&str]) -> Result<Vec<String>, String> {
    futures::stream::iter(urls)
        .map(|u| async move { Ok::<_, String>(fetch(u)?) })
        .buffered(5)
        .try_collect()
        .await
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", fetch_all(&["a", "b"]).await);
}
