//! mistake: Python's `gather(*(fetch(u) for u in urls))`: a lazy `acomp!((..))` (a stream) given to `join_all`, which takes an iterator
//! offending: acomp!((fetch(u) for u in &urls))
//! category: async
use comprehensions::acomp;
use futures::future::join_all;
use std::time::Duration;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a".to_string(), "/b".to_string()];
    let pages = join_all(acomp!((fetch(u) for u in &urls))).await;
    println!("{pages:?}");
}
