//! mistake: indexed the latest trade by symbol with `{t.symbol: t ..}`, moving the `String` key out of the trade it then stores
//! offending: t for t
//! category: ownership
use comprehensions::comp;
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
    let last_by_symbol: HashMap<String, Trade> = comp!({t.symbol: t for t in trades});
    println!("{last_by_symbol:?}");
}
