//! offending: fetch(u)
use futures::stream::{self, StreamExt};

async fn fetch(url: &str) -> Result<String, String> {
    if url.starts_with("https://") {
        Ok(format!("<html>{url}</html>"))
    } else {
        Err(format!("bad url {url}"))
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), String> {
    let urls = vec!["https://a.example".to_string(), "https://b.example".to_string()];
    let pages: Vec<String> = stream::iter(&urls).map(|u| fetch(u)).buffer_unordered(4).collect().await;
    println!("{}", pages.len());
    Ok(())
}
