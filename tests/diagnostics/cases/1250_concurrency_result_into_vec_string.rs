//! mistake: Python's `await asyncio.gather(*[fetch(u) for u in urls])` as `concurrency = 8` where `fetch` returns a `Result`: the items are `Result`s, not the `String` bodies
//! offending: fetch(u).await
//! category: async
use comprehensions::acomp;
use std::time::Duration;

#[derive(Debug)]
struct FetchError;

async fn fetch(url: &str) -> Result<String, FetchError> {
    tokio::time::sleep(Duration::from_millis(1)).await;
    if url.is_empty() { Err(FetchError) } else { Ok(format!("<html>{url}</html>")) }
}

struct Mirror {
    urls: Vec<String>,
}

impl Mirror {
    async fn bodies(&self) -> Vec<String> {
        acomp![fetch(u).await for u in &self.urls; concurrency = 8]
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let m = Mirror { urls: vec!["a".into(), "b".into()] };
    println!("{:?}", m.bodies().await);
}
