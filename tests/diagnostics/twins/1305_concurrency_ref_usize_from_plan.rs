//! mistake: `buffered(limit)` where `limit` is a `&usize` bound by iterating `&plans`
//! offending: limit
//! category: type
use futures::stream::{self, StreamExt};
use std::time::Duration;

async fn run(job: u32) -> u32 {
    tokio::time::sleep(Duration::from_millis(1)).await;
    job * 3
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let plans: Vec<(Vec<u32>, usize)> = vec![(vec![1, 2, 3], 2), (vec![4, 5], 1)];
    for (jobs, limit) in &plans {
        let out: Vec<u32> = stream::iter(jobs).map(|j| run(*j)).buffered(limit).collect().await;
        println!("{out:?}");
    }
}
