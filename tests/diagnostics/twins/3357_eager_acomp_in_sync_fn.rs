//! mistake: used an eager `acomp!` (which awaits in place) inside a non-async function
//! offending: .await
//! category: async
use std::time::Duration;

async fn fetch_abstract(doi: &str) -> String {
    tokio::time::sleep(Duration::from_millis(2)).await;
    format!("Abstract of {doi}")
}

fn build_digest(dois: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for d in dois {
        out.push(fetch_abstract(d).await);
    }
    out
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let digest = build_digest(&["10.1/a", "10.1/b"]);
    println!("{digest:?}");
}
