//! mistake: `concurrency = cfg.max_parallel` where the setting is a `u32` (hand-written)
use futures::stream::{self, StreamExt};

async fn fetch(url: &str) -> String {
    tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    format!("<html>{url}</html>")
}

struct Config {
    max_parallel: u32,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = Config { max_parallel: 8 };
    let urls = vec!["a.org", "b.org"];
    let pages: Vec<String> = stream::iter(&urls).map(|u| fetch(u)).buffered(cfg.max_parallel).collect().await;
    println!("{pages:?}");
}
