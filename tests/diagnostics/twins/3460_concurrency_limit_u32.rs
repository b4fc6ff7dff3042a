//! mistake: passed a `u32` connection limit as `concurrency`, which takes a `usize`
//! offending: max_connections
//! category: async
use futures::StreamExt;

use std::time::Duration;

async fn fetch_sequence(accession: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!(">{accession}\nATGGAGGAGCCGCAGTCAGATCC")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let max_connections: u32 = 3;
    let accessions = vec!["NM_000546", "NM_007294", "NM_000059"];
    let records: Vec<String> = futures::stream::iter(&accessions)
        .map(|a| fetch_sequence(a))
        .buffered(max_connections)
        .collect()
        .await;
    println!("{records:?}");
}
