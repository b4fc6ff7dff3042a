//! mistake: `concurrency = N` computed as a float fraction of the work (Python's `Semaphore(len(urls) * 0.5)`) without converting to `usize`
//! offending: urls.len() as f64 * 0.5
//! category: type
use comprehensions::acomp;
use std::time::Duration;

async fn download(url: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(1)).await;
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.io/x", "b.io/y", "c.io/z", "d.io/w"];
    let sizes = acomp![download(u).await for u in &urls; concurrency = urls.len() as f64 * 0.5, unordered];
    println!("{sizes:?}");
}
