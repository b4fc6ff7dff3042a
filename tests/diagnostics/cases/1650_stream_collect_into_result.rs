//! mistake: a lazy stream of `Result`s collected with `.collect::<Result<Vec<_>, _>>()` as with an iterator; a stream needs `try_collect`
//! offending: collect::<Result<Vec<String>, FetchError>>()
//! category: try
use comprehensions::acomp;
use futures::StreamExt;
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
    let pages = acomp!((fetch(u).await? for u in &urls; concurrency = 4))
        .collect::<Result<Vec<String>, FetchError>>()
        .await;
    println!("{pages:?}");
}
