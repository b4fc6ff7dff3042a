//! mistake: consumed a lazy `acomp!((..))` stream of partition batches with a plain `for` loop
//! offending: acomp!((load_batch(p).await for p in &partitions))
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn load_batch(partition: &str) -> Vec<u64> {
    tokio::time::sleep(Duration::from_millis(2)).await;
    (0..partition.len() as u64).collect()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let partitions = vec!["dt=2024-05-01".to_string(), "dt=2024-05-02".to_string()];
    let mut total_rows = 0;
    // Python: async for batch in (await load_batch(p) for p in partitions): ...
    for batch in acomp!((load_batch(p).await for p in &partitions)) {
        total_rows += batch.len();
    }
    println!("{total_rows} rows");
}
