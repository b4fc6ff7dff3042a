//! mistake: a `buffered(4)` stream assigned to a `Vec<usize>` annotation, without collecting it (hand-written)
//! offending: stream::iter(&urls).map(|u| fetch_len(u)).buffered(4)
use futures::stream::{self, StreamExt};
use std::time::Duration;

async fn fetch_len(url: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(1)).await;
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.com", "bb.org"];
    let sizes: Vec<usize> = stream::iter(&urls).map(|u| fetch_len(u)).buffered(4);
    println!("{sizes:?}");
}
