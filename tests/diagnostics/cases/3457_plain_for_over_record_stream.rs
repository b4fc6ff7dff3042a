//! mistake: iterated a `Stream` of fetched records with a plain `for` instead of `async for`
//! offending: stream
//! category: async
use comprehensions::acomp;
use futures::StreamExt;

use std::time::Duration;

async fn fetch_sequence(accession: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!(">{accession}\nATGGAGGAGCCGCAGTCAGATCC")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let accessions = vec!["NM_000546", "NM_007294"];
    let stream = futures::stream::iter(accessions.clone()).then(fetch_sequence);
    let lengths = acomp![s.len() for s in stream];
    println!("{lengths:?}");
}
