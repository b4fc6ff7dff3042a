//! mistake: awaited an async FX-rate lookup inside a synchronous `comp!`
//! offending: .await
//! category: async
use comprehensions::comp;
use std::collections::HashMap;
use std::time::Duration;

async fn fetch_rate(currency: &str) -> f64 {
    tokio::time::sleep(Duration::from_millis(2)).await;
    if currency == "EUR" { 1.09 } else { 0.0068 }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let currencies = vec!["EUR".to_string(), "JPY".to_string()];
    // Python: rates = {c: await fetch_rate(c) for c in currencies}
    let rates: HashMap<String, f64> = comp!({c.clone(): fetch_rate(c).await for c in &currencies});
    println!("{rates:?}");
}
