//! mistake: crawler: `buffered` given `std::thread::available_parallelism()` (hand-written)
use futures::StreamExt;

async fn fetch(url: &str) -> usize {
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a", "/bb"];
    let sizes: Vec<usize> = futures::stream::iter(&urls)
        .map(|u| fetch(u))
        .buffered(std::thread::available_parallelism())
        .collect()
        .await;
    println!("{sizes:?}");
}
