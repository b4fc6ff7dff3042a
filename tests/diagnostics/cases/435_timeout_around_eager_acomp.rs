//! mistake: `timeout(d, acomp![..])`: the eager acomp is awaited in place, a Vec, not a future to time out
//! offending: acomp![fetch(u).await for u in &urls; concurrency = 10]
//! category: async
use comprehensions::acomp;
use std::time::Duration;
use tokio::time::timeout;

async fn fetch(url: &str) -> String {
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example", "https://b.example"];
    // Python: pages = await asyncio.wait_for(asyncio.gather(*[fetch(u) for u in urls]), timeout=10)
    let pages = timeout(Duration::from_secs(10), acomp![fetch(u).await for u in &urls; concurrency = 10]).await;
    println!("{pages:?}");
}
