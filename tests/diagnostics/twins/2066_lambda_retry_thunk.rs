//! mistake: passed the request to the retry helper as Python's `lambda: fetch(u)` instead of a closure `|| fetch(u)`
//! offending: lambda:
//! category: python-habit
use std::future::Future;
use std::time::Duration;

#[derive(Debug)]
struct FetchError(String);

async fn fetch(url: &str) -> Result<String, FetchError> {
    tokio::time::sleep(Duration::from_millis(5)).await;
    if url.contains("/bad") {
        Err(FetchError(format!("502 from {url}")))
    } else {
        Ok(format!("<html><a href=\"{url}/next\">next</a></html>"))
    }
}

async fn with_retry<F, Fut>(attempts: u32, mut op: F) -> Result<String, FetchError>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<String, FetchError>>,
{
    let mut last = FetchError("no attempt".into());
    for _ in 0..attempts {
        match op().await {
            Ok(body) => return Ok(body),
            Err(e) => last = e,
        }
    }
    Err(last)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec![
        "https://api.example.com/users".to_string(),
        "https://api.example.com/bad".to_string(),
    ];
    let mut bodies = Vec::new();
    for u in &urls {
        bodies.push(with_retry(3, lambda: fetch(u)).await);
    }
    println!("{} responses", bodies.len());
}
