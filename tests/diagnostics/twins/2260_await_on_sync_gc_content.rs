//! mistake: awaited the synchronous `gc_content(s)` under `concurrency`, as if every call in `acomp!` were a coroutine
//! offending: .await
//! category: async
use futures::StreamExt;

fn gc_content(seq: &str) -> f64 {
    seq.chars().filter(|&c| c == 'G' || c == 'C').count() as f64 / seq.len() as f64
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let contigs = vec!["GGCGCATA".to_string(), "ATATATAT".to_string(), "GCGCGCGC".to_string()];
    let gcs: Vec<f64> = futures::stream::iter(&contigs)
        .map(|s| async move { gc_content(s).await })
        .buffered(4)
        .collect()
        .await;
    println!("{gcs:?}");
}
