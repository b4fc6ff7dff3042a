//! mistake: plain `for` over a paginated `stream::unfold` stream (an async generator) instead of `async for`
//! offending: for page in pages
//! category: async
use comprehensions::acomp;
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
    let sizes = acomp![page.len() for page in pages];
    println!("{sizes:?}");
}
