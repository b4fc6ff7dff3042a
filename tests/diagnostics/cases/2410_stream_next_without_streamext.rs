//! mistake: pulled batches from a lazy `acomp!` stream with `.next()` without importing `StreamExt`
//! offending: next
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn collate(ids: &[u32]) -> Vec<Vec<u32>> {
    tokio::time::sleep(Duration::from_millis(1)).await;
    ids.iter().map(|&i| vec![101, i, 102]).collect()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let example_ids: Vec<u32> = (1000..1100).collect();
    let mut batches = acomp!((collate(chunk).await for chunk in example_ids.chunks(32)));
    let mut step = 0;
    while let Some(batch) = batches.next().await {
        step += 1;
        println!("step {step}: batch of {}", batch.len());
    }
}
