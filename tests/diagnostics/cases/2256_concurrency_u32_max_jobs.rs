//! mistake: gave `concurrency` the pipeline config's `u32` job limit where a `usize` is expected
//! offending: cfg.max_jobs
//! category: async
use comprehensions::acomp;
use std::time::Duration;

struct PipelineConfig {
    max_jobs: u32,
    min_identity: f64,
}

/// Stand-in for an aligner run in a subprocess; returns percent identity.
async fn align(read: &str) -> f64 {
    tokio::time::sleep(Duration::from_millis(3)).await;
    100.0 * read.chars().filter(|&c| c == 'A' || c == 'C').count() as f64 / read.len() as f64
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = PipelineConfig { max_jobs: 4, min_identity: 40.0 };
    let reads = vec!["ACGTACGA", "TTTTGGCA", "ACACACGT", "GGGGTTTA"];
    let identities: Vec<f64> = acomp![align(r).await for r in &reads; concurrency = cfg.max_jobs];
    let kept = identities.iter().filter(|&&x| x >= cfg.min_identity).count();
    println!("{kept} of {} reads kept", reads.len());
}
