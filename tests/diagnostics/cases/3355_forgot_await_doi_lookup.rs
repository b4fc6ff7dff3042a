//! mistake: forgot to `.await` the DOI lookup in the element of an `acomp!`
//! offending: resolve_doi(d)
//! category: async
use comprehensions::acomp;
use std::time::Duration;

#[derive(Debug)]
struct Metadata {
    doi: String,
    title: String,
}

async fn resolve_doi(doi: &str) -> Metadata {
    tokio::time::sleep(Duration::from_millis(3)).await;
    Metadata { doi: doi.to_string(), title: format!("Title of {doi}") }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let dois = vec!["10.1038/nature14539", "10.1145/3065386"];
    let records: Vec<Metadata> = acomp![resolve_doi(d) for d in &dois];
    println!("{records:?}");
}
