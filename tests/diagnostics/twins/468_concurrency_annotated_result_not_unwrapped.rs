//! mistake: concurrent acomp annotated Vec<String> whose awaited fetch returns Result (no ? / unwrap)
//! offending: fetch(u).await
//! category: async
use futures::{StreamExt, stream};

#[derive(Debug)]
struct FetchError;

async fn fetch(url: &str) -> Result<String, FetchError> {
    if url.is_empty() { Err(FetchError) } else { Ok(format!("<html>{url}</html>")) }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a", "b", "c"];
    let bodies: Vec<String> = stream::iter(&urls)
        .map(|u| async move { fetch(u).await })
        .buffered(4)
        .collect()
        .await;
    println!("{}", bodies.join("\n"));
}
