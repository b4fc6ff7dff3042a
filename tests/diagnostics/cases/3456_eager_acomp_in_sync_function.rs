//! mistake: used an eager `acomp!` that awaits inside a plain (non-async) function
//! offending: .await
//! category: async
use comprehensions::acomp;

use std::time::Duration;

async fn fetch_sequence(accession: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!(">{accession}\nATGGAGGAGCCGCAGTCAGATCC")
}

fn load_all(accessions: &[&str]) -> Vec<String> {
    acomp![fetch_sequence(a).await for a in accessions]
}

fn main() {
    let records = load_all(&["NM_000546", "NM_007294"]);
    println!("{records:?}");
}
