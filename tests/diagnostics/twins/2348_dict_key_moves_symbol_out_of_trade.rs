//! mistake: indexed the latest trade by symbol with `{t.symbol: t ..}`, moving the `String` key out of the trade it then stores
//! offending: t))
//! category: ownership
use std::collections::HashMap;

#[derive(Debug)]
struct Trade {
    symbol: String,
    price: f64,
    size: u32,
}

fn main() {
    let trades = vec![
        Trade { symbol: "AAPL".to_string(), price: 189.50, size: 100 },
        Trade { symbol: "MSFT".to_string(), price: 411.20, size: 40 },
        Trade { symbol: "AAPL".to_string(), price: 189.55, size: 200 },
    ];
    let last_by_symbol: HashMap<String, Trade> = trades.into_iter().map(|t| (t.symbol, t)).collect();
    println!("{last_by_symbol:?}");
}
