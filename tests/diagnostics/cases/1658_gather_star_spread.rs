//! mistake: Python's `await asyncio.gather(*[fetch(u) for u in urls])`, the `*` spread kept before the comprehension
//! offending: *comp![fetch(u) for u in &urls]
//! category: python-habit
use comprehensions::comp;
use futures::future::join_all;
use std::time::Duration;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a".to_string(), "/b".to_string()];
    let pages = join_all(*comp![fetch(u) for u in &urls]).await;
    println!("{pages:?}");
}
