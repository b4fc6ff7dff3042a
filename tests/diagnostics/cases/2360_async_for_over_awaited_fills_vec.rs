//! mistake: used `async for` over the `Vec` of fills an awaited broker call returns, which is not a stream
//! offending: broker.fills("DU0001").await
//! category: async
use comprehensions::acomp;
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
    let cash_flows = acomp![(f.symbol, -(f.qty as f64) * f.price - f.commission) async for f in broker.fills("DU0001").await];
    println!("{cash_flows:?}");
}
