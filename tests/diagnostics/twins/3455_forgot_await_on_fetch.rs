//! mistake: called the async `fetch_sequence` in the element without `.await`, as if it were `requests.get`
//! offending: fetch_sequence(a)
//! category: async
use std::time::Duration;

async fn fetch_sequence(accession: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!(">{accession}\nATGGAGGAGCCGCAGTCAGATCC")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let accessions = vec!["NM_000546", "NM_007294"];
    let mut records: Vec<String> = Vec::new();
    for a in &accessions {
        records.push(fetch_sequence(a));
    }
    println!("{records:?}");
}
