//! mistake: used `async for` over the `Vec` of fills an awaited broker call returns, which is not a stream
//! offending: next()
//! category: async
use futures::StreamExt;
use std::time::Duration;

struct Fill {
    symbol: &'static str,
    qty: i64,
    price: f64,
    commission: f64,
}

struct Broker;

impl Broker {
    async fn fills(&self, account: &str) -> Vec<Fill> {
        tokio::time::sleep(Duration::from_millis(2)).await;
        let _ = account;
        vec![
            Fill { symbol: "AAPL", qty: 10, price: 189.5, commission: 1.0 },
            Fill { symbol: "MSFT", qty: -5, price: 411.2, commission: 1.0 },
        ]
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let broker = Broker;
    let mut fills = broker.fills("DU0001").await;
    let mut cash_flows = Vec::new();
    while let Some(f) = fills.next().await {
        cash_flows.push((f.symbol, -(f.qty as f64) * f.price - f.commission));
    }
    println!("{cash_flows:?}");
}
