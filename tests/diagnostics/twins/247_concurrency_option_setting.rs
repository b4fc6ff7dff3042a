//! mistake: `buffered(cfg.workers)` where the config field is an `Option<usize>` (hand-written)
use futures::StreamExt;

struct Config {
    workers: Option<usize>,
}

async fn fetch(url: &str) -> usize {
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = Config { workers: Some(4) };
    let urls = vec!["https://a", "https://b"];
    let sizes: Vec<usize> = futures::stream::iter(&urls).map(|u| fetch(u)).buffered(cfg.workers).collect().await;
    println!("{sizes:?}");
}
