//! mistake: paged through the API with Python's `range(1, last_page + 1)`
//! offending: range(1, last_page + 1)
//! category: python-habit
use futures::StreamExt;
use std::time::Duration;

async fn fetch_page(n: u32) -> Vec<u64> {
    tokio::time::sleep(Duration::from_millis(5)).await;
    vec![u64::from(n) * 10, u64::from(n) * 10 + 1]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let last_page: u32 = 4;
    let pages: Vec<Vec<u64>> = futures::stream::iter(range(1, last_page + 1))
        .map(fetch_page)
        .buffered(2)
        .collect()
        .await;
    let ids: Vec<u64> = pages.into_iter().flatten().collect();
    println!("{ids:?}");
}
