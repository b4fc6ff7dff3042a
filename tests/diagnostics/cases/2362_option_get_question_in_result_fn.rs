//! mistake: used `?` on the `Option` from `marks.get(..)` in a function that returns `Result<_, String>`
//! offending: marks.get(&p.symbol)?
//! category: try
use comprehensions::comp;
use std::collections::HashMap;

struct Position {
    symbol: String,
    qty: f64,
}

fn market_values(positions: &[Position], marks: &HashMap<String, f64>) -> Result<Vec<(String, f64)>, String> {
    comp![(p.symbol.clone(), p.qty * marks.get(&p.symbol)?) for p in positions]
}

fn main() {
    let marks = HashMap::from([("AAPL".to_string(), 189.5)]);
    let positions = vec![Position { symbol: "AAPL".to_string(), qty: 10.0 }, Position { symbol: "ZZZZ".to_string(), qty: 1.0 }];
    println!("{:?}", market_values(&positions, &marks));
}
