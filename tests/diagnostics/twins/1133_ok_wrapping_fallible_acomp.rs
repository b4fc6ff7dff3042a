//! mistake: wraps a comprehension that has its own `?` in `Ok(..)` (it is already the `Result`), giving `Ok(Result<..>)`
//! offending: stream::iter(urls).then(|u| fetch(u)).try_collect::<Vec<String>>().await
//! category: try
use futures::stream::{self, StreamExt, TryStreamExt};

#[derive(Debug)]
struct FetchError(String);

async fn fetch(url: &str) -> Result<String, FetchError> {
    if url.is_empty() { Err(FetchError("empty".into())) } else { Ok(url.to_uppercase()) }
}

async fn fetch_all(urls: &[&str]) -> Result<Vec<String>, FetchError> {
    Ok(stream::iter(urls).then(|u| fetch(u)).try_collect::<Vec<String>>().await)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", fetch_all(&["a", "b"]).await);
}
