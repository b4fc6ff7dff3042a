//! mistake: awaited the lazy `acomp!((..))` stream itself, like an `asyncio.gather`
//! offending: .await;
//! category: async
use futures::StreamExt;
use std::time::Duration;

async fn lookup_title(doi: &str) -> String {
    tokio::time::sleep(Duration::from_millis(2)).await;
    format!("Title of {doi}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let dois = vec!["10.1/x", "10.1/y"];
    let titles = futures::stream::iter(&dois).map(|d| lookup_title(d)).buffered(2).await;
    let titles: Vec<String> = titles.collect().await;
    println!("{titles:?}");
}
