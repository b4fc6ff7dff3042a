//! mistake: moved each position's `String` ticker out of a borrowed `&positions`
//! offending: p.ticker
//! category: ownership
struct Position {
    ticker: String,
    qty: f64,
    avg_cost: f64,
}

fn main() {
    let positions = vec![
        Position { ticker: "AAPL".to_string(), qty: 10.0, avg_cost: 150.0 },
        Position { ticker: "INTC".to_string(), qty: 0.0, avg_cost: 44.0 },
        Position { ticker: "TSLA".to_string(), qty: -5.0, avg_cost: 240.0 },
    ];
    let mut open: Vec<String> = Vec::new();
    for p in &positions {
        if p.qty != 0.0 {
            open.push(p.ticker);
        }
    }
    let cost_basis: f64 = positions.iter().map(|p| p.qty * p.avg_cost).sum();
    println!("{open:?} {cost_basis}");
}
