//! mistake: plain `for` over a paginated `stream::unfold` stream (an async generator) instead of `while let Some(..) = .next().await`
//! offending: pages
//! category: async
use futures::stream;
use std::time::Duration;

async fn fetch_page(n: u32) -> String {
    tokio::time::sleep(Duration::from_millis(1)).await;
    format!("page {n}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let pages = stream::unfold(1u32, |n| async move {
        if n <= 3 {
            Some((fetch_page(n).await, n + 1))
        } else {
            None
        }
    });
    let mut sizes = Vec::new();
    for page in pages {
        sizes.push(page.len());
    }
    println!("{sizes:?}");
}
