//! mistake: `buffered(urls.len())` after `stream::iter(urls)` consumed `urls` (hand-written)
use futures::stream::{self, StreamExt};

async fn fetch(u: String) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org".to_string(), "b.org".to_string()];
    let sizes: Vec<usize> = stream::iter(urls).map(fetch).buffered(urls.len()).collect().await;
    println!("{sizes:?}");
}
