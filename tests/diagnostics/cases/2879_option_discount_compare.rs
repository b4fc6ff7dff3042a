//! mistake: compared an `Option<f64>` discount rate directly with a float
//! offending: o.discount_rate > 0.2
//! category: type
use comprehensions::comp;

struct Order {
    id: u64,
    discount_rate: Option<f64>,
}

fn main() {
    let orders = vec![
        Order { id: 1, discount_rate: Some(0.3) },
        Order { id: 2, discount_rate: None },
        Order { id: 3, discount_rate: Some(0.05) },
    ];
    let needs_review = comp![o.id for o in &orders if o.discount_rate > 0.2];
    println!("{needs_review:?}");
}
