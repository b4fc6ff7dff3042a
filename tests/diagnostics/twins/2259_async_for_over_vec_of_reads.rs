//! mistake: wrote `async for` over a plain `&Vec` of reads, which is not a stream
//! offending: then
//! category: async
use futures::StreamExt;
use std::time::Duration;

/// Stand-in for a remote Smith-Waterman scoring service.
async fn score_alignment(read: &str, reference: &str) -> i32 {
    tokio::time::sleep(Duration::from_millis(1)).await;
    read.chars().zip(reference.chars()).map(|(a, b)| if a == b { 2 } else { -1 }).sum()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let reference = "ACGTACGTAC";
    let reads = vec!["ACGTACGTAC".to_string(), "ACGAACGTTC".to_string(), "TTTTACGTAC".to_string()];
    let scores: Vec<i32> = reads.iter().then(|r| score_alignment(r, reference)).collect().await;
    println!("{scores:?}");
}
