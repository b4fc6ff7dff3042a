//! mistake: a progress counter incremented in every concurrent future
//! offending: done += 1
//! category: python-habit
use futures::stream::{self, StreamExt};

async fn fetch(url: &str) -> usize {
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a".to_string(), "bb".to_string()];
    let mut done = 0;
    let sizes: Vec<usize> = stream::iter(&urls)
        .map(|u| async { done += 1; fetch(u).await })
        .buffered(4)
        .collect()
        .await;
    println!("{done} done: {sizes:?}");
}
