//! mistake: the inner level built as a lazy stream (`then`) where a nested list is meant
//! offending: stream::iter(row).then(fetch)
//! category: type
use futures::stream::{self, StreamExt};
use std::time::Duration;

async fn fetch(cell: u32) -> String {
    tokio::time::sleep(Duration::from_millis(1)).await;
    format!("c{cell}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let rows = vec![vec![1u32, 2], vec![3, 4]];
    let mut grid: Vec<Vec<String>> = Vec::new();
    for row in rows {
        grid.push(stream::iter(row).then(fetch));
    }
    println!("{grid:?}");
}
