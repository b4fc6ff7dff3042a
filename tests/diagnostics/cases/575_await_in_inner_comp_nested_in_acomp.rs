//! mistake: crawler: the inner list is a sync `comp!` (copied from elsewhere) that awaits, nested in an `acomp!`
//! offending: .await
//! category: async
use comprehensions::{acomp, comp};

async fn fetch(url: &str) -> usize {
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let sites = vec![vec!["/a", "/b"], vec!["/c"]];
    // Python: [[await fetch(u) for u in site] for site in sites]
    let sizes = acomp![comp![fetch(u).await for u in site] for site in &sites];
    println!("{sizes:?}");
}
