//! mistake: awaited the lazy `acomp!((..))` stream itself, like an `asyncio.gather`
//! offending: .await;
//! category: async
use comprehensions::{acomp, StreamExt};
use std::time::Duration;

async fn lookup_title(doi: &str) -> String {
    tokio::time::sleep(Duration::from_millis(2)).await;
    format!("Title of {doi}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let dois = vec!["10.1/x", "10.1/y"];
    let titles = acomp!((lookup_title(d).await for d in &dois; concurrency = 2)).await;
    let titles: Vec<String> = titles.collect().await;
    println!("{titles:?}");
}
