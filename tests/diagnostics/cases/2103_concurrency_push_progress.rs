//! mistake: recorded progress by pushing to an outer `Vec` inside each concurrent item (Python's `done.append(u)` in a gathered coroutine)
//! offending: done.push(u.clone())
//! category: ownership
use comprehensions::acomp;
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

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls: Vec<String> = (1..=6).map(|i| format!("https://example.com/p/{i}")).collect();
    let mut done: Vec<String> = Vec::new();
    let bodies = acomp![{ done.push(u.clone()); fetch(u).await } for u in &urls; concurrency = 3];
    println!("{} bodies, {} done", bodies.len(), done.len());
}
