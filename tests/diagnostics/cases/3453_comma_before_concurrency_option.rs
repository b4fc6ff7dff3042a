//! mistake: separated the `concurrency` option from the comprehension with a `,` instead of `;`
//! offending: , concurrency = 4
//! category: syntax
use comprehensions::acomp;

use std::time::Duration;

async fn fetch_sequence(accession: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!(">{accession}\nATGGAGGAGCCGCAGTCAGATCC")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let accessions = vec!["NM_000546", "NM_007294", "NM_000059"];
    let records = acomp![fetch_sequence(a).await for a in &accessions, concurrency = 4];
    println!("{}", records.len());
}
