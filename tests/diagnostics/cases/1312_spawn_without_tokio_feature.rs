//! mistake: the `spawn` option used without enabling the crate's `tokio` cargo feature
//! offending: spawn
//! category: async
use comprehensions::acomp;
use std::sync::Arc;
use std::time::Duration;

async fn checksum(data: Arc<Vec<u8>>, chunk: usize) -> u32 {
    tokio::time::sleep(Duration::from_millis(1)).await;
    data.iter().skip(chunk * 4).take(4).map(|b| *b as u32).sum()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let data = Arc::new((0u8..16).collect::<Vec<u8>>());
    let sums = acomp![checksum(data.clone(), c).await for c in 0..4; concurrency = 4, spawn(data)];
    println!("{sums:?}");
}
