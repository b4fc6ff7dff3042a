//! mistake: crawler: a `Vec` of unawaited futures polled as a stream (hand-written)
//! offending: pending.next()
use futures::StreamExt;

async fn fetch(url: &str) -> usize {
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a", "/bb"];
    let mut pending: Vec<_> = urls.iter().map(|u| fetch(u)).collect();
    let mut sizes = Vec::new();
    while let Some(p) = pending.next().await {
        sizes.push(p);
    }
    println!("{sizes:?}");
}
