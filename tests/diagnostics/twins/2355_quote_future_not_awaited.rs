//! mistake: called the async broker quote API in the element without `.await`
//! offending: client.quote(s)
//! category: async
use std::time::Duration;

#[derive(Debug)]
struct Quote {
    symbol: String,
    bid: f64,
    ask: f64,
}

struct BrokerClient {
    base_url: String,
}

impl BrokerClient {
    async fn quote(&self, symbol: &str) -> Quote {
        tokio::time::sleep(Duration::from_millis(2)).await;
        let _ = &self.base_url;
        Quote { symbol: symbol.to_string(), bid: 100.0, ask: 100.02 }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let client = BrokerClient { base_url: "https://api.broker.example/v2".to_string() };
    let symbols = ["AAPL", "MSFT", "NVDA"];
    let mut quotes: Vec<Quote> = Vec::new();
    for s in symbols {
        quotes.push(client.quote(s));
    }
    println!("{quotes:?}");
}
