//! mistake: forgot to await the async stock service call in the element
//! offending: stock_service(sku)
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn stock_service(sku: &str) -> u32 {
    tokio::time::sleep(Duration::from_millis(2)).await;
    if sku.starts_with("OUT") { 0 } else { 12 }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let skus = vec!["OUT-OF-STOCK-1".to_string(), "MUG".to_string()];
    let levels: Vec<u32> = acomp![stock_service(sku) for sku in &skus];
    println!("{levels:?}");
}
