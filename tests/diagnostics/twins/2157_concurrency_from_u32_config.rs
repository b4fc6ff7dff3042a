//! mistake: passed a `u32` config field as `concurrency = N`, which is a `usize`
//! offending: cfg.max_inflight
//! category: async
use futures::stream::{self, StreamExt};
use std::time::Duration;

struct PipelineConfig {
    max_inflight: u32,
    table: &'static str,
}

async fn load_partition(table: &str, day: u32) -> usize {
    tokio::time::sleep(Duration::from_millis(3)).await;
    table.len() * day as usize
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = PipelineConfig { max_inflight: 4, table: "events" };
    let days: Vec<u32> = (1..=31).collect();
    let rows: Vec<usize> = stream::iter(days)
        .map(|d| load_partition(cfg.table, d))
        .buffered(cfg.max_inflight)
        .collect()
        .await;
    println!("{} rows", rows.iter().sum::<usize>());
}
