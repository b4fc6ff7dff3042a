//! mistake: the concurrency limit comes from a `u32` config field, where a `usize` is expected
//! offending: cfg.max_inflight
//! category: type
use futures::stream::{self, StreamExt};

struct Config {
    max_inflight: u32,
}

async fn ping(host: &str) -> bool {
    !host.is_empty()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = Config { max_inflight: 8 };
    let hosts = vec!["db", "cache", ""];
    let up: Vec<bool> = stream::iter(&hosts).map(|h| ping(h)).buffered(cfg.max_inflight).collect().await;
    println!("{up:?}");
}
