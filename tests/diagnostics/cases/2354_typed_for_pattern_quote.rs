//! mistake: annotated the loop variable's type in the `for` pattern, `for q: &Quote in`
//! offending: : &Quote
//! category: syntax
use comprehensions::comp;

struct Quote {
    symbol: &'static str,
    bid: f64,
    ask: f64,
}

fn main() {
    let quotes = vec![
        Quote { symbol: "EURUSD", bid: 1.0841, ask: 1.0843 },
        Quote { symbol: "USDJPY", bid: 151.30, ask: 151.33 },
    ];
    let mids = comp![(q.symbol, (q.bid + q.ask) / 2.0) for q: &Quote in &quotes];
    println!("{mids:?}");
}
