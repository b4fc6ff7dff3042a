//! mistake: put the `Option<f64>` from `last_price` into a map annotated with `f64` values
//! offending: last_price(&feed, s)
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

struct Tick {
    symbol: &'static str,
    price: f64,
}

fn last_price(feed: &[Tick], symbol: &str) -> Option<f64> {
    feed.iter().rev().find(|t| t.symbol == symbol).map(|t| t.price)
}

fn main() {
    let feed = vec![
        Tick { symbol: "BTC-USD", price: 67_120.5 },
        Tick { symbol: "ETH-USD", price: 3_480.2 },
        Tick { symbol: "BTC-USD", price: 67_133.0 },
    ];
    let watchlist = ["BTC-USD", "ETH-USD", "SOL-USD"];
    let marks: HashMap<String, f64> = comp!({s.to_string(): last_price(&feed, s) for s in watchlist});
    println!("{marks:?}");
}
