//! mistake: a concurrent comprehension with `?` as the tail of a function returning `Result<_, Box<dyn Error>>`, expecting `?` to box the error
//! offending: stream::iter(urls).map(|u| fetch(u)).buffered(4).try_collect().await
//! category: try
use futures::stream::{self, StreamExt, TryStreamExt};
use std::error::Error;
use std::fmt;
use std::time::Duration;

#[derive(Debug)]
struct FetchError(String);

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "fetch failed: {}", self.0)
    }
}

impl Error for FetchError {}

async fn fetch(url: &str) -> Result<String, FetchError> {
    tokio::time::sleep(Duration::from_millis(5)).await;
    if url.is_empty() { Err(FetchError("empty".into())) } else { Ok(format!("<html>{url}</html>")) }
}

async fn load_all(urls: &[String]) -> Result<Vec<String>, Box<dyn Error>> {
    stream::iter(urls).map(|u| fetch(u)).buffered(4).try_collect().await
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a".to_string(), "/b".to_string()];
    match load_all(&urls).await {
        Ok(pages) => println!("{} pages", pages.len()),
        Err(e) => println!("error: {e}"),
    }
}
