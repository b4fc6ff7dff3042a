//! mistake: a `seen.insert(..)` dedupe filter inside every buffered item future
//! offending: seen
//! category: ownership
use futures::stream::{self, StreamExt};
use std::collections::HashSet;
use std::time::Duration;

async fn fetch(url: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(1)).await;
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.io", "b.io", "a.io"];
    let mut seen = HashSet::new();
    let sizes: Vec<Option<usize>> = stream::iter(&urls)
        .map(|u| async { if seen.insert(*u) { Some(fetch(u).await) } else { None } })
        .buffered(2)
        .collect()
        .await;
    println!("{sizes:?}");
}
