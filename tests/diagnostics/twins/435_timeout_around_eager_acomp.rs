//! mistake: `timeout(d, stream...collect().await)`: the collection is already awaited, a Vec, not a future to time out
//! offending: futures::stream::iter(&urls).map(|u| fetch(u)).buffered(10).collect::<Vec<String>>().await
//! category: async
use futures::StreamExt;
use std::time::Duration;
use tokio::time::timeout;

async fn fetch(url: &str) -> String {
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example", "https://b.example"];
    let pages = timeout(
        Duration::from_secs(10),
        futures::stream::iter(&urls).map(|u| fetch(u)).buffered(10).collect::<Vec<String>>().await,
    )
    .await;
    println!("{pages:?}");
}
