//! mistake: to match `buffer_unordered` results back to their URLs, the future pairs the result with `u` after `fetch(u)` has moved it
//! offending: u
//! category: async
use futures::stream::{self, StreamExt};

async fn fetch(url: String) -> usize {
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example".to_string(), "https://bb.example".to_string()];
    let sizes: Vec<(usize, String)> = stream::iter(urls)
        .map(|u| async move { (fetch(u).await, u) })
        .buffer_unordered(4)
        .collect()
        .await;
    for (n, u) in sizes {
        println!("{u}: {n}");
    }
}
