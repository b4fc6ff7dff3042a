//! mistake: submitted orders concurrently through a broker whose `submit` takes `&mut self`
//! offending: broker.submit(o)
//! category: async
use comprehensions::acomp;
use std::time::Duration;

struct Order {
    symbol: &'static str,
    qty: i64,
}

struct Broker {
    next_id: u64,
}

impl Broker {
    async fn submit(&mut self, order: &Order) -> u64 {
        tokio::time::sleep(Duration::from_millis(2)).await;
        self.next_id += 1;
        let _ = (order.symbol, order.qty);
        self.next_id
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut broker = Broker { next_id: 1000 };
    let orders = vec![Order { symbol: "AAPL", qty: 10 }, Order { symbol: "TSLA", qty: -4 }, Order { symbol: "AMD", qty: 25 }];
    let ids = acomp![broker.submit(o).await for o in &orders; concurrency = 3];
    println!("{ids:?}");
}
