//! mistake: called the async `fetch_sequence(acc)` in the element without awaiting it
//! offending: fetch_sequence(acc)
//! category: async
use std::time::Duration;

/// Stand-in for an Entrez efetch call.
async fn fetch_sequence(accession: &str) -> String {
    tokio::time::sleep(Duration::from_millis(2)).await;
    format!(">{accession}\nATGCGTACGTTAGC")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let accessions = vec!["NM_000546", "NM_007294", "NM_000059"];
    let mut fastas: Vec<String> = Vec::new();
    for acc in &accessions {
        fastas.push(fetch_sequence(acc));
    }
    for f in &fastas {
        println!("{f}");
    }
}
