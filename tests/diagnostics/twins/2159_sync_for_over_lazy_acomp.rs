//! mistake: consumed a lazy `acomp!((..))` stream of partition batches with a plain `for` loop
//! offending: stream::iter(&partitions).then(|p| load_batch(p))
//! category: async
use futures::stream::{self, StreamExt};
use std::time::Duration;

async fn load_batch(partition: &str) -> Vec<u64> {
    tokio::time::sleep(Duration::from_millis(2)).await;
    (0..partition.len() as u64).collect()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let partitions = vec!["dt=2024-05-01".to_string(), "dt=2024-05-02".to_string()];
    let mut total_rows = 0;
    for batch in stream::iter(&partitions).then(|p| load_batch(p)) {
        total_rows += batch.len();
    }
    println!("{total_rows} rows");
}
