//! mistake: a lazy stream over `&urls` moved into `tokio::spawn`, which needs `'static`, as Python's `create_task` takes any async generator
//! offending: &urls
//! category: async
use comprehensions::{acomp, StreamExt};
use std::time::Duration;

async fn fetch(url: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(1)).await;
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec![String::from("a.io"), String::from("b.io")];
    let mut sizes = acomp!((fetch(u).await for u in &urls));
    let task = tokio::spawn(async move {
        while let Some(n) = sizes.next().await {
            println!("{n}");
        }
    });
    task.await.unwrap();
}
