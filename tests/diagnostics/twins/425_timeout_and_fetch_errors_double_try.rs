//! mistake: `timeout(..).await??` in a loop: the first `?` is tokio's `Elapsed`, which does not convert into the function's error type
//! offending: ??
//! category: async
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

async fn crawl(urls: &[String]) -> Result<Vec<String>, FetchError> {
    let mut pages = Vec::new();
    for u in urls {
        pages.push(timeout(Duration::from_secs(5), fetch(u)).await??);
    }
    Ok(pages)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example/".to_string(), "https://b.example/404".to_string()];
    println!("{:?}", crawl(&urls).await);
}
