//! mistake: wrote the concurrency option with a colon, `concurrency: 4`, like a keyword/dict entry
//! offending: :
//! category: syntax
use futures::StreamExt;
use std::time::Duration;

async fn stock_level(sku: &str) -> u32 {
    tokio::time::sleep(Duration::from_millis(3)).await;
    sku.len() as u32
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let skus = vec!["HOODIE-M", "CAP", "BACKPACK-XL"];
    let levels: Vec<(&str, u32)> = futures::stream::iter(&skus)
        .map(|sku| async move { (*sku, stock_level(sku).await) })
        .buffered(concurrency: 4)
        .collect()
        .await;
    println!("{levels:?}");
}
