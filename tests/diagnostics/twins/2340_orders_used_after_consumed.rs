//! mistake: iterated `orders` by value, then used it again to count the batch
//! offending: orders.len()
//! category: ownership
#[derive(Debug)]
struct Order {
    id: u64,
    symbol: String,
    qty: i64,
}

fn main() {
    let orders = vec![
        Order { id: 1, symbol: "AAPL".to_string(), qty: 100 },
        Order { id: 2, symbol: "MSFT".to_string(), qty: -40 },
    ];
    let mut routed = Vec::new();
    for o in orders {
        routed.push((o.id, format!("{}:{}", o.symbol, o.qty)));
    }
    println!("routed {} of {} orders", routed.len(), orders.len());
}
