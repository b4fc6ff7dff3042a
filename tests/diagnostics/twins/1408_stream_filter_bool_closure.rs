//! mistake: `.filter(|x| ..)` on a stream with a plain `bool` closure, as on an iterator; `StreamExt::filter` wants a future
//! offending: filter
//! category: async
use futures::{stream, StreamExt};
use std::time::Duration;

async fn status(url: &str) -> u16 {
    tokio::time::sleep(Duration::from_millis(1)).await;
    if url.ends_with(".bad") { 503 } else { 200 }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.io", "b.bad"];
    let errors: Vec<u16> = stream::iter(&urls)
        .then(|u| status(u))
        .filter(|s| *s >= 500)
        .collect()
        .await;
    println!("{errors:?}");
}
