//! mistake: the lazy `concurrency` form `acomp!((..); concurrency = N)` assigned to a `Vec<usize>` annotation (meant the eager `[..]` form)
//! offending: acomp!((fetch_len(u).await for u in &urls); concurrency = 4)
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn fetch_len(url: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(1)).await;
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.com", "bb.org"];
    let sizes: Vec<usize> = acomp!((fetch_len(u).await for u in &urls); concurrency = 4);
    println!("{sizes:?}");
}
