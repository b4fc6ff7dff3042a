//! mistake: `concurrency = n` with `n: u32` read from the config (the limit is a `usize`)
//! offending: cfg.max_parallel
//! category: async
use futures::StreamExt;
use std::time::Duration;

struct Config {
    max_parallel: u32,
}

async fn check(url: &str) -> bool {
    tokio::time::sleep(Duration::from_millis(2)).await;
    url.starts_with("https")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = Config { max_parallel: 4 };
    let urls = vec!["https://a", "http://b"];
    let ok: Vec<_> = futures::stream::iter(&urls)
        .map(|u| async move { (u, check(u).await) })
        .buffered(cfg.max_parallel)
        .collect()
        .await;
    println!("{ok:?}");
}
