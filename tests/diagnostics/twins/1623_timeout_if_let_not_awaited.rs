//! mistake: Python's `asyncio.wait_for` translated to `tokio::time::timeout(..)` in an `if let` clause, without `.await`
//! offending: timeout(Duration::from_millis(50), fetch(u))
//! category: async
use std::time::Duration;
use tokio::time::timeout;

#[derive(Debug)]
struct FetchError;

async fn fetch(url: &str) -> Result<String, FetchError> {
    tokio::time::sleep(Duration::from_millis(5)).await;
    if url.is_empty() { Err(FetchError) } else { Ok(format!("<html>{url}</html>")) }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a".to_string(), String::new(), "/c".to_string()];
    let mut bodies = Vec::new();
    for u in &urls {
        if let Ok(Ok(body)) = timeout(Duration::from_millis(50), fetch(u)) {
            bodies.push(body);
        }
    }
    println!("{bodies:?}");
}
