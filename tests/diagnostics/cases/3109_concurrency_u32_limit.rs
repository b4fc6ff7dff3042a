//! mistake: passed a `u32` rate limit from the config as the `concurrency` bound
//! offending: cfg.max_inflight
//! category: async
use comprehensions::acomp;
use std::time::Duration;

struct ApiConfig {
    max_inflight: u32,
}

async fn comps_for(mls: &str) -> Vec<u64> {
    tokio::time::sleep(Duration::from_millis(2)).await;
    vec![mls.len() as u64 * 50_000, 410_000]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = ApiConfig { max_inflight: 8 };
    let mls_ids = vec!["AL-1".to_string(), "AL-2".to_string(), "AL-3".to_string()];
    let comps = acomp![comps_for(m).await for m in &mls_ids; concurrency = cfg.max_inflight];
    println!("{comps:?}");
}
