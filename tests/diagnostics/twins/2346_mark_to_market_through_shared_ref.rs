//! mistake: called a `&mut self` mark-to-market method on positions iterated through `&positions`
//! offending: p.mark_to_market
//! category: ownership
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
    let pnl: Vec<f64> = positions.iter().map(|p| p.mark_to_market(close(p.symbol))).collect();
    println!("{pnl:?} {}", positions[0].last);
}
