//! mistake: `timeout(..).await??` in an acomp: the first `?` is tokio's `Elapsed`, the second the fetch's own error, two error types in one comprehension
//! offending: ??
//! category: async
use comprehensions::acomp;
use std::time::Duration;
use tokio::time::timeout;

#[derive(Debug)]
enum FetchError {
    Status(u16),
}

async fn fetch(url: &str) -> Result<String, FetchError> {
    if url.ends_with("/404") {
        Err(FetchError::Status(404))
    } else {
        Ok(format!("<html>{url}</html>"))
    }
}

// Python: return [await asyncio.wait_for(fetch(u), timeout=5) for u in urls]
async fn crawl(urls: &[String]) -> Result<Vec<String>, FetchError> {
    acomp![timeout(Duration::from_secs(5), fetch(u)).await?? for u in urls]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example/".to_string(), "https://b.example/404".to_string()];
    println!("{:?}", crawl(&urls).await);
}
