//! mistake: used an eager `acomp!` inside a plain (non-async) helper function
//! offending: .await
//! category: async
use std::time::Duration;

async fn estimate_value(listing_id: u32) -> u64 {
    tokio::time::sleep(Duration::from_millis(2)).await;
    300_000 + listing_id as u64 * 1_250
}

fn refresh_estimates(ids: &[u32]) -> Vec<u64> {
    let mut out = Vec::new();
    for id in ids {
        out.push(estimate_value(*id).await);
    }
    out
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![101, 102, 103];
    println!("{:?}", refresh_estimates(&ids));
}
