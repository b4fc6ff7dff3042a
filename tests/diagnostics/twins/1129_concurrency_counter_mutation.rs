//! mistake: counts fetches with `fetched += 1` inside concurrent items (Python's `nonlocal` counter), a mutable borrow shared by every in-flight item
//! offending: fetched += 1
//! category: ownership
use futures::stream::{self, StreamExt};

async fn fetch(url: &str) -> usize {
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.com", "b.org", "c.net"];
    let mut fetched = 0;
    let sizes: Vec<usize> = stream::iter(&urls)
        .map(|u| async { fetched += 1; fetch(u).await })
        .buffered(4)
        .collect()
        .await;
    println!("{fetched} {sizes:?}");
}
