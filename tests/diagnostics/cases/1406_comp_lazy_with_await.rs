//! mistake: `.await` in the element of a sync `comp!` generator inside an async fn (Python's generator with `await`)
//! offending: .await
//! category: async
use comprehensions::comp;
use std::time::Duration;

async fn fetch(url: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(1)).await;
    url.len()
}

async fn total_size(urls: &[&str]) -> usize {
    comp!((fetch(u).await for u in urls)).sum()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{}", total_size(&["a.io", "bb.io"]).await);
}
