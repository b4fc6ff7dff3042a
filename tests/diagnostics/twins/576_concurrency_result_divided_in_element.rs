//! mistake: crawler: dividing an awaited `Result<u64, String>` by 1024 (hand-written)
use futures::StreamExt;

async fn content_length(url: &str) -> Result<u64, String> {
    Ok(url.len() as u64 * 4096)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a", "/bb"];
    let kib: Vec<u64> = futures::stream::iter(&urls)
        .map(|u| async move { content_length(u).await / 1024 })
        .buffered(8)
        .collect()
        .await;
    println!("{kib:?}");
}
