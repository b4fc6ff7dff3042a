//! mistake: the concurrency option written with a colon, like a keyword argument in a dict, `concurrency: 4`
//! offending: :
//! category: syntax
use comprehensions::{acomp, StreamExt};
use std::time::Duration;

async fn fetch(id: u32) -> u32 {
    tokio::time::sleep(Duration::from_millis(5)).await;
    id * 10
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1u32, 2, 3, 4];
    let mut pages = acomp!((fetch(id).await for id in ids; concurrency: 4));
    while let Some(p) = pages.next().await {
        println!("{p}");
    }
}
