//! mistake: `.collect().await` of a bounded lazy stream without saying what to collect into (Python's `list(..)` needs no type)
//! offending: collect
//! category: type
use futures::stream::{self, StreamExt};
use std::time::Duration;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a".to_string(), "/b".to_string()];
    let pages = stream::iter(&urls).map(|u| fetch(u)).buffered(4).collect().await;
    println!("{}", pages.len());
}
