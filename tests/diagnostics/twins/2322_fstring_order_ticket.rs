//! mistake: formatted each order ticket with a Python f-string
//! offending: f"{o.side} {o.qty} {o.symbol} @ {o.limit}"
//! category: python-habit
struct Order {
    side: &'static str,
    symbol: &'static str,
    qty: u32,
    limit: f64,
}

fn main() {
    let orders = vec![
        Order { side: "BUY", symbol: "NVDA", qty: 50, limit: 874.10 },
        Order { side: "SELL", symbol: "AMD", qty: 120, limit: 178.45 },
    ];
    let tickets: Vec<String> = orders
        .iter()
        .map(|o| f"{o.side} {o.qty} {o.symbol} @ {o.limit}")
        .collect();
    for t in &tickets {
        println!("{t}");
    }
}
