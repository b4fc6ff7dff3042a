//! mistake: tested for a missing coupon with Python's `is None`
//! offending: is None
//! category: python-habit
struct Order {
    id: u64,
    coupon: Option<String>,
    subtotal: f64,
}

fn main() {
    let orders = vec![
        Order { id: 10, coupon: Some("SPRING10".into()), subtotal: 80.0 },
        Order { id: 11, coupon: None, subtotal: 45.0 },
    ];
    let full_price: Vec<(u64, f64)> = orders
        .iter()
        .filter(|o| o.coupon is None)
        .map(|o| (o.id, o.subtotal))
        .collect();
    println!("{full_price:?}");
}
