//! mistake: used an eager `acomp!` (which awaits in place) inside a non-async function
//! offending: fetch_abstract(d).await
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn fetch_abstract(doi: &str) -> String {
    tokio::time::sleep(Duration::from_millis(2)).await;
    format!("Abstract of {doi}")
}

fn build_digest(dois: &[&str]) -> Vec<String> {
    acomp![fetch_abstract(d).await for d in dois]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let digest = build_digest(&["10.1/a", "10.1/b"]);
    println!("{digest:?}");
}
