//! mistake: tested for a missing coupon with Python's `is None`
//! offending: is None
//! category: python-habit
use comprehensions::comp;

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
    let full_price = comp![(o.id, o.subtotal) for o in &orders if o.coupon is None];
    println!("{full_price:?}");
}
