//! mistake: `timeout(..).await??` in a function returning `Result<_, FetchError>`: the outer `?` is tokio's `Elapsed`, which nothing converts
//! offending: .await??
//! category: try
use comprehensions::acomp;
use std::time::Duration;
use tokio::time::timeout;

#[derive(Debug)]
struct FetchError(String);

async fn fetch(url: &str) -> Result<String, FetchError> {
    tokio::time::sleep(Duration::from_millis(5)).await;
    if url.is_empty() { Err(FetchError("empty".into())) } else { Ok(format!("<html>{url}</html>")) }
}

async fn load_all(urls: &[String]) -> Result<Vec<String>, FetchError> {
    acomp![timeout(Duration::from_secs(2), fetch(u)).await?? for u in urls; concurrency = 4]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a".to_string(), "/b".to_string()];
    println!("{:?}", load_all(&urls).await);
}
