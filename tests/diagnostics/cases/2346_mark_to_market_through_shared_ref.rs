//! mistake: called a `&mut self` mark-to-market method on positions iterated through `&positions`
//! offending: p.mark_to_market
//! category: ownership
use comprehensions::comp;

struct Position {
    symbol: &'static str,
    qty: f64,
    last: f64,
    unrealized: f64,
    cost: f64,
}

impl Position {
    fn mark_to_market(&mut self, price: f64) -> f64 {
        self.last = price;
        self.unrealized = (price - self.cost) * self.qty;
        self.unrealized
    }
}

fn main() {
    let positions = vec![
        Position { symbol: "SPY", qty: 20.0, last: 0.0, unrealized: 0.0, cost: 480.0 },
        Position { symbol: "IWM", qty: -50.0, last: 0.0, unrealized: 0.0, cost: 205.0 },
    ];
    let close = |s: &str| if s == "SPY" { 512.3 } else { 201.4 };
    let pnl = comp![p.mark_to_market(close(p.symbol)) for p in &positions];
    println!("{pnl:?} {}", positions[0].last);
}
