//! mistake: Python's `len(urls)` builtin as the `buffered` limit
//! offending: len
//! category: python-habit
use futures::stream::{self, StreamExt};
use std::time::Duration;

async fn head(url: &str) -> u16 {
    tokio::time::sleep(Duration::from_millis(1)).await;
    if url.ends_with(".io") { 200 } else { 404 }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.io", "b.dev", "c.io"];
    let codes: Vec<u16> = stream::iter(&urls).map(|u| head(u)).buffered(len(urls)).collect().await;
    println!("{codes:?}");
}
