//! mistake: looped over the lazy concurrent `acomp!((..))` stream with a plain `for`, like a Python async generator in `for`
//! offending: seqs
//! category: async
use comprehensions::acomp;

use std::time::Duration;

async fn fetch_sequence(accession: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!(">{accession}\nATGGAGGAGCCGCAGTCAGATCC")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let accessions = vec!["NM_000546", "NM_007294", "NM_000059"];
    let seqs = acomp!((fetch_sequence(a).await for a in &accessions; concurrency = 2));
    for s in seqs {
        println!("{}", s.len());
    }
}
