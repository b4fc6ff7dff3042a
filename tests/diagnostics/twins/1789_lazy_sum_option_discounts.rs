//! mistake: `sum(o.discount for o in orders)` where the field is an `Option<f64>` (Python's `None` default)
//! offending: sum::<f64>()
//! category: type

struct Order {
    total: f64,
    discount: Option<f64>,
}

fn main() {
    let orders = vec![
        Order { total: 20.0, discount: Some(2.0) },
        Order { total: 15.0, discount: None },
    ];
    let revenue = orders.iter().map(|o| o.total).sum::<f64>();
    let saved = orders.iter().map(|o| o.discount).sum::<f64>();
    println!("revenue {revenue:.2}, discounts {saved:.2}");
}
