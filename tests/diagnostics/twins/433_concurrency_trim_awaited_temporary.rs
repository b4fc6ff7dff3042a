//! mistake: each item's async block returns a `&str` into the awaited String it drops
//! offending: fetch(u).await.trim()
//! category: async
use futures::StreamExt;

async fn fetch(url: &str) -> String {
    format!("  <title>{url}</title>  \n")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example", "https://b.example"];
    let bodies: Vec<&str> = futures::stream::iter(&urls)
        .map(|u| async move { fetch(u).await.trim() })
        .buffered(4)
        .collect()
        .await;
    println!("{bodies:?}");
}
