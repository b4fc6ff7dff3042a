//! mistake: passed a `u32` from the config as `concurrency = N`, which takes a `usize`
//! offending: cfg.max_parallel_polls
//! category: async
use comprehensions::acomp;
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
    let rain = acomp![fetch_rain_gauge(id).await for id in gauge_ids; concurrency = cfg.max_parallel_polls];
    println!("{rain:?}");
}
