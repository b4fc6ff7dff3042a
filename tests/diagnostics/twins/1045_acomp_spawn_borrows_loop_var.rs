//! mistake: each item spawns a tokio task whose `async` block borrows the loop variable `u`
//! offending: async { fetch(&u).await }
//! category: async
use futures::stream::{self, StreamExt};

async fn fetch(url: &str) -> String {
    format!("<{url}>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a".to_string(), "b".to_string()];
    let pages: Vec<String> = stream::iter(urls)
        .map(|u| async move { tokio::spawn(async { fetch(&u).await }).await.unwrap() })
        .buffered(4)
        .collect()
        .await;
    println!("{pages:?}");
}
