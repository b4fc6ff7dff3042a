//! mistake: awaited the lazy stream of shipping quotes directly instead of collecting it
//! offending: .await;
//! category: async
use futures::StreamExt;
use std::time::Duration;

#[derive(Debug)]
struct Quote {
    carrier: &'static str,
    cents: u32,
}

async fn quote(carrier: &'static str, weight_g: u32) -> Quote {
    tokio::time::sleep(Duration::from_millis(5)).await;
    Quote { carrier, cents: weight_g / 10 + carrier.len() as u32 * 100 }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let carriers = ["ups", "fedex", "usps"];
    let quotes: Vec<Quote> = futures::stream::iter(carriers).map(|c| quote(c, 2300)).buffered(3).await;
    println!("{quotes:?}");
}
