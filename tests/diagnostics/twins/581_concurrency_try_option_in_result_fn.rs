//! mistake: crawler: `?` on an `Option` inside an item future returning `Result<_, String>` (hand-written)
use futures::{StreamExt, TryStreamExt};

async fn fetch(url: &str) -> Result<String, String> {
    Ok(format!("href={url}/next"))
}

fn first_link(body: &str) -> Option<&str> {
    body.strip_prefix("href=")
}

async fn crawl(urls: &[&str]) -> Result<Vec<String>, String> {
    futures::stream::iter(urls)
        .map(|u| async move { Ok::<String, String>(first_link(&fetch(u).await?)?.to_string()) })
        .buffered(4)
        .try_collect()
        .await
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", crawl(&["/a", "/b"]).await);
}
