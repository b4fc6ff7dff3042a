//! mistake: bumped a local counter from every concurrent item (Python's `nonlocal sent; sent += 1` inside gathered coroutines)
//! offending: sent += 1
//! category: ownership
use futures::StreamExt;

async fn fetch(url: &str) -> usize {
    url.len()
}

async fn run() {
    let urls = vec!["https://a.example", "https://b.example"];
    let mut sent = 0u32;
    let sizes = futures::stream::iter(&urls)
        .map(|u| async { sent += 1; fetch(u).await })
        .buffered(4)
        .collect::<Vec<_>>()
        .await;
    println!("{sent} requests: {sizes:?}");
}

fn main() {
    futures::executor::block_on(run());
}
