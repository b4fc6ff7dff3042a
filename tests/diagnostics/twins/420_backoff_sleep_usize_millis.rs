use futures::stream::{self, StreamExt};
use std::time::Duration;

async fn fetch(u: &str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.example", "bb.example", "ccc.example"];
    let sizes: Vec<usize> = stream::iter(urls.iter().enumerate())
        .map(|(i, u)| async move {
            tokio::time::sleep(Duration::from_millis(100 * i)).await;
            fetch(u).await
        })
        .buffered(3)
        .collect()
        .await;
    println!("{:?}", sizes);
}
