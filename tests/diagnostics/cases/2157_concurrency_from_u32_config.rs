//! mistake: passed a `u32` config field as `concurrency = N`, which is a `usize`
//! offending: cfg.max_inflight
//! category: async
use comprehensions::acomp;
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
    // Python: rows = await gather(*[load_partition(cfg.table, d) for d in days])  (with a semaphore)
    let rows = acomp![load_partition(cfg.table, d).await for d in days; concurrency = cfg.max_inflight];
    println!("{} rows", rows.iter().sum::<usize>());
}
