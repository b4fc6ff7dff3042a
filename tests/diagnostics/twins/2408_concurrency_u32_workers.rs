//! mistake: gave `concurrency` the config's `u32` worker count instead of a `usize`
//! offending: cfg.num_workers
//! category: async
use futures::StreamExt;
use std::time::Duration;

struct LoaderConfig {
    num_workers: u32,
}

async fn fetch_image(url: &str) -> Vec<u8> {
    tokio::time::sleep(Duration::from_millis(3)).await;
    url.bytes().collect()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = LoaderConfig { num_workers: 8 };
    let urls: Vec<String> = (0..32).map(|i| format!("https://cdn.example.com/img/{i}.jpg")).collect();
    let images: Vec<Vec<u8>> = futures::stream::iter(&urls)
        .map(|u| fetch_image(u))
        .buffered(cfg.num_workers)
        .collect()
        .await;
    println!("{} images", images.len());
}
