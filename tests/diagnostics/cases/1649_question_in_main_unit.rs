//! mistake: `fetch(u).await?` in `#[tokio::main] async fn main()` that returns `()` (Python's exceptions need no return type)
//! offending: fetch(u).await?
//! category: try
use comprehensions::acomp;
use std::time::Duration;

#[derive(Debug)]
struct FetchError;

async fn fetch(url: &str) -> Result<String, FetchError> {
    tokio::time::sleep(Duration::from_millis(5)).await;
    if url.is_empty() { Err(FetchError) } else { Ok(format!("<html>{url}</html>")) }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a".to_string(), "/b".to_string()];
    let pages = acomp![fetch(u).await? for u in &urls; concurrency = 4];
    println!("{}", pages.join("\n"));
}
