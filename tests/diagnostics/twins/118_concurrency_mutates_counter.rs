//! mistake: incrementing a shared counter from concurrent items (Python's `nonlocal done` under `gather`) (hand-written)
use futures::stream::{self, StreamExt};

async fn fetch(url: &str) -> String {
    tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "b.org", "c.org"];
    let mut done = 0;
    let pages: Vec<String> = stream::iter(&urls)
        .map(|u| async {
            done += 1;
            fetch(u).await
        })
        .buffered(2)
        .collect()
        .await;
    println!("{done} {pages:?}");
}
