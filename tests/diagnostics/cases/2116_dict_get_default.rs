//! mistake: looked up a price with Python's `dict.get(key, default)`, two arguments
//! offending: prices.get(&l.sku, 0.0)
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

struct OrderLine {
    order_id: u32,
    sku: String,
    qty: u32,
}

fn main() {
    let prices: HashMap<String, f64> = HashMap::from([
        ("A-100".to_string(), 19.99),
        ("B-200".to_string(), 4.50),
    ]);
    let lines = vec![
        OrderLine { order_id: 1, sku: "A-100".into(), qty: 2 },
        OrderLine { order_id: 1, sku: "Z-999".into(), qty: 1 },
        OrderLine { order_id: 2, sku: "B-200".into(), qty: 10 },
    ];
    // Python: [(l.order_id, prices.get(l.sku, 0.0) * l.qty) for l in lines]
    let revenue: Vec<(u32, f64)> = comp![(l.order_id, prices.get(&l.sku, 0.0) * l.qty as f64) for l in &lines];
    println!("{revenue:?}");
}
