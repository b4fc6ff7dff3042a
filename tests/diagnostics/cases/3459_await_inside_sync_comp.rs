//! mistake: awaited the fetch inside `comp!` instead of using `acomp!`
//! offending: await
//! category: async
use comprehensions::comp;

use std::time::Duration;

async fn fetch_sequence(accession: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!(">{accession}\nATGGAGGAGCCGCAGTCAGATCC")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let accessions = vec!["NM_000546", "NM_007294"];
    let records = comp![fetch_sequence(a).await for a in &accessions];
    println!("{records:?}");
}
