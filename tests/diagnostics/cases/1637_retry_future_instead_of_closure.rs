//! mistake: a retry helper that takes a closure (`|| fetch(u)`) given the future `fetch(u)` itself, as Python's `retry(fetch(u))` would take a coroutine
//! offending: fetch(u)
//! category: type
use comprehensions::acomp;
use std::future::Future;
use std::time::Duration;

#[derive(Debug)]
struct FetchError;

async fn fetch(url: &str) -> Result<String, FetchError> {
    tokio::time::sleep(Duration::from_millis(5)).await;
    Ok(format!("<html>{url}</html>"))
}

async fn retry<F, Fut>(attempts: u32, mut op: F) -> Result<String, FetchError>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<String, FetchError>>,
{
    let mut last = FetchError;
    for _ in 0..attempts {
        match op().await {
            Ok(v) => return Ok(v),
            Err(e) => last = e,
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    Err(last)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a".to_string(), "/b".to_string()];
    let pages = acomp![retry(3, fetch(u)).await for u in &urls; concurrency = 4];
    println!("{pages:?}");
}
