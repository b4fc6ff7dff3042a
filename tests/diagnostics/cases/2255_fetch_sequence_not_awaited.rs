//! mistake: called the async `fetch_sequence(acc)` in the element without awaiting it
//! offending: fetch_sequence(acc)
//! category: async
use comprehensions::acomp;
use std::time::Duration;

/// Stand-in for an Entrez efetch call.
async fn fetch_sequence(accession: &str) -> String {
    tokio::time::sleep(Duration::from_millis(2)).await;
    format!(">{accession}\nATGCGTACGTTAGC")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let accessions = vec!["NM_000546", "NM_007294", "NM_000059"];
    // Python: fastas = [await fetch_sequence(acc) for acc in accessions]
    let fastas: Vec<String> = acomp![fetch_sequence(acc) for acc in &accessions];
    for f in &fastas {
        println!("{f}");
    }
}
