//! mistake: a lazy `acomp!((..))` stream consumed with `.next()` like a Python generator's `next(gen)`, without `.await`
//! offending: pages.next()
//! category: async
use comprehensions::acomp;
use futures::StreamExt;
use std::time::Duration;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a".to_string(), "/b".to_string()];
    let mut pages = acomp!((fetch(u).await for u in &urls));
    while let Some(page) = pages.next() {
        println!("{page}");
    }
}
