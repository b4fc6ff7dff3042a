//! mistake: `buffered(8)` of a `fetch` that returns a `Result`, collected as `String` bodies
//! offending: collect()
//! category: async
use futures::stream::{self, StreamExt};
use std::time::Duration;

#[derive(Debug)]
struct FetchError;

async fn fetch(url: &str) -> Result<String, FetchError> {
    tokio::time::sleep(Duration::from_millis(1)).await;
    if url.is_empty() { Err(FetchError) } else { Ok(format!("<html>{url}</html>")) }
}

struct Mirror {
    urls: Vec<String>,
}

impl Mirror {
    async fn bodies(&self) -> Vec<String> {
        stream::iter(&self.urls).map(|u| fetch(u)).buffered(8).collect().await
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let m = Mirror { urls: vec!["a".into(), "b".into()] };
    println!("{:?}", m.bodies().await);
}
