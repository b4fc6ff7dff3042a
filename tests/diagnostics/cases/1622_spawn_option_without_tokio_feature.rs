//! mistake: `spawn` option (Python's `create_task` per item) used without enabling the crate's `tokio` feature
//! offending: spawn
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn checksum(path: String) -> u64 {
    tokio::time::sleep(Duration::from_millis(5)).await;
    path.bytes().map(u64::from).sum()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let paths = vec!["/etc/hosts".to_string(), "/etc/passwd".to_string()];
    let sums = acomp![checksum(p).await for p in paths; concurrency = 8, spawn];
    println!("{sums:?}");
}
