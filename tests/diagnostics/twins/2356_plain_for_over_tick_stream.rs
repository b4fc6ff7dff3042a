//! mistake: iterated a market-data tick stream with a plain `for` instead of `async for`
//! offending: ticks
//! category: async
use futures::stream::{self, Stream};

struct Tick {
    symbol: &'static str,
    price: f64,
    size: u32,
}

fn subscribe(symbol: &'static str) -> impl Stream<Item = Tick> {
    stream::iter(vec![
        Tick { symbol, price: 189.50, size: 100 },
        Tick { symbol, price: 189.52, size: 300 },
        Tick { symbol, price: 189.49, size: 50 },
    ])
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ticks = subscribe("AAPL");
    let mut blocks = Vec::new();
    for t in ticks {
        if t.size >= 100 {
            blocks.push((t.symbol, t.price));
        }
    }
    println!("{blocks:?}");
}
