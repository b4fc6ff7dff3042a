//! mistake: Python's `await wait_for(gather(..), 2)`: an eager `acomp!` (already awaited, a `Vec`) given to `timeout` as if it were a future
//! offending: acomp![fetch(u).await for u in &urls; concurrency = 4]
//! category: async
use comprehensions::acomp;
use std::time::Duration;
use tokio::time::timeout;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a".to_string(), "/b".to_string()];
    let pages = timeout(Duration::from_secs(2), acomp![fetch(u).await for u in &urls; concurrency = 4]).await;
    match pages {
        Ok(pages) => println!("{} pages", pages.len()),
        Err(_) => println!("timed out"),
    }
}
