//! mistake: a dedupe filter `if seen.insert(..)` (Python's `seen.add`) that mutates a local set inside concurrent items
//! offending: seen.insert(u.clone())
//! category: ownership
use futures::stream::{self, StreamExt};
use std::collections::HashSet;
use std::time::Duration;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a".to_string(), "/b".to_string(), "/a".to_string()];
    let mut seen = HashSet::new();
    let pages: Vec<String> = stream::iter(&urls)
        .map(|u| {
            let seen = &mut seen;
            async move {
                if seen.insert(u.clone()) { Some(fetch(u).await) } else { None }
            }
        })
        .buffered(4)
        .filter_map(|p| async move { p })
        .collect()
        .await;
    println!("{} unique pages", pages.len());
}
