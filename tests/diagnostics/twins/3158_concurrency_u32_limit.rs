//! mistake: passed a `u32` from the config as `concurrency = N`, which takes a `usize`
//! offending: cfg.max_parallel_polls
//! category: async
use futures::StreamExt;
use std::time::Duration;

struct PollConfig {
    max_parallel_polls: u32,
}

async fn fetch_rain_gauge(id: u32) -> f32 {
    tokio::time::sleep(Duration::from_millis(3)).await;
    id as f32 * 0.2
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = PollConfig { max_parallel_polls: 4 };
    let gauge_ids: Vec<u32> = (1..=12).collect();
    let rain: Vec<f32> = futures::stream::iter(gauge_ids)
        .map(fetch_rain_gauge)
        .buffered(cfg.max_parallel_polls)
        .collect()
        .await;
    println!("{rain:?}");
}
