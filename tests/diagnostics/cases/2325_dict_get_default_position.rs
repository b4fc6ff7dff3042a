//! mistake: looked up the current position with Python's `dict.get(key, default)`
//! offending: positions.get(&t.symbol, 0)
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

struct TargetWeight {
    symbol: String,
    shares: i64,
}

fn main() {
    let positions: HashMap<String, i64> = HashMap::from([("AAPL".to_string(), 120), ("MSFT".to_string(), 40)]);
    let targets = vec![
        TargetWeight { symbol: "AAPL".to_string(), shares: 100 },
        TargetWeight { symbol: "NVDA".to_string(), shares: 25 },
    ];
    let trades = comp![(&t.symbol, t.shares - positions.get(&t.symbol, 0)) for t in &targets];
    println!("{trades:?}");
}
