//! mistake: used an eager `acomp!` that awaits inside a plain (non-async) function
//! offending: .await
//! category: async
use std::time::Duration;

async fn fetch_sequence(accession: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!(">{accession}\nATGGAGGAGCCGCAGTCAGATCC")
}

fn load_all(accessions: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for a in accessions {
        out.push(fetch_sequence(a).await);
    }
    out
}

fn main() {
    let records = load_all(&["NM_000546", "NM_007294"]);
    println!("{records:?}");
}
