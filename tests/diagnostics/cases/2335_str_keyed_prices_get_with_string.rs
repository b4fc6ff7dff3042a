//! mistake: looked up a `HashMap<&str, f64>` of marks with `&String`, which `&str` keys cannot borrow as
//! offending: &p.ticker
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

struct Position {
    ticker: String,
    qty: f64,
}

fn main() {
    let marks: HashMap<&str, f64> = HashMap::from([("AAPL", 189.5), ("MSFT", 411.2)]);
    let positions = vec![
        Position { ticker: "AAPL".to_string(), qty: 10.0 },
        Position { ticker: "MSFT".to_string(), qty: -3.0 },
    ];
    let values = comp![p.qty * mark for p in &positions if let Some(&mark) = marks.get(&p.ticker)];
    println!("{values:?}");
}
