//! mistake: wrote `async for` over a plain `&Vec` of reads, which is not a stream
//! offending: &reads
//! category: async
use comprehensions::acomp;
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
    // Python: scores = [await score_alignment(r, ref) async for r in reads]
    let scores: Vec<i32> = acomp![score_alignment(r, reference).await async for r in &reads];
    println!("{scores:?}");
}
