//! mistake: filtered quotes that have a bid with Python's `is not None`
//! offending: is not None
//! category: python-habit
use comprehensions::comp;

struct Quote {
    symbol: &'static str,
    bid: Option<f64>,
    ask: Option<f64>,
}

fn main() {
    let quotes = vec![
        Quote { symbol: "EURUSD", bid: Some(1.0841), ask: Some(1.0843) },
        Quote { symbol: "USDJPY", bid: None, ask: Some(151.32) },
        Quote { symbol: "GBPUSD", bid: Some(1.2652), ask: None },
    ];
    let bids = comp![(q.symbol, q.bid.unwrap()) for q in &quotes if q.bid is not None];
    println!("{bids:?} ({} quoted)", quotes.iter().filter(|q| q.ask.is_some()).count());
}
